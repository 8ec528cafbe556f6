package ladakh.crafts.marketplace.sellers.shg.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.shg.FundEntryKind;
import ladakh.crafts.marketplace.sellers.shg.RevolvingFund;

import org.springframework.util.MultiValueMap;

/**
 * A ledger entry as typed: the amount in rupees (up to two decimals), turned into paise
 * here at the edge.
 */
record FundEntryForm(String kind, String amountRupees, String note) {

	static FundEntryForm defaults() {
		return new FundEntryForm("GRANT", String.valueOf(RevolvingFund.DEFAULT_GRANT_MINOR / 100), "");
	}

	static FundEntryForm from(MultiValueMap<String, String> data) {
		return new FundEntryForm(value(data, "kind"), value(data, "amountRupees"), value(data, "note"));
	}

	Map<String, List<String>> problems() {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		if (kindValue() == null) {
			problems.put("kind", List.of("shg.fund.kind.error"));
		}
		Long paise = paise();
		if (paise == null || paise <= 0 || paise > RevolvingFund.MAX_ENTRY_MINOR) {
			problems.put("amountRupees", List.of("shg.fund.amount.error"));
		}
		if (this.note.isBlank() || this.note.length() > 200) {
			problems.put("note", List.of("shg.fund.note.error"));
		}
		return problems;
	}

	FundEntryKind kindValue() {
		try {
			return FundEntryKind.valueOf(this.kind);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	Long paise() {
		String text = this.amountRupees.strip().replace(",", "");
		if (!text.matches("\\d{1,9}(\\.\\d{1,2})?")) {
			return null;
		}
		return new BigDecimal(text).movePointRight(2).longValueExact();
	}

	private static String value(MultiValueMap<String, String> data, String field) {
		String value = data.getFirst(field);
		return (value != null) ? value : "";
	}

}
