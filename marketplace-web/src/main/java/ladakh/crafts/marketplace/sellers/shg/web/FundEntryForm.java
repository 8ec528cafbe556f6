package ladakh.crafts.marketplace.sellers.shg.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.shg.FundEntryKind;
import ladakh.crafts.marketplace.sellers.shg.RevolvingFund;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

import org.springframework.util.MultiValueMap;

/**
 * A ledger entry as typed: the amount in rupees as people write it (up to two decimals),
 * read into Money here at the edge.
 */
record FundEntryForm(String kind, String amountRupees, String note) {

	static FundEntryForm defaults() {
		return new FundEntryForm("GRANT", String.valueOf(RevolvingFund.DEFAULT_GRANT.minor() / 100), "");
	}

	static FundEntryForm from(MultiValueMap<String, String> data) {
		return new FundEntryForm(value(data, "kind"), value(data, "amountRupees"), value(data, "note"));
	}

	Map<String, List<String>> problems() {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		if (kindValue() == null) {
			problems.put("kind", List.of("shg.fund.kind.error"));
		}
		if (!RevolvingFund.allowed(amount())) {
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

	/** The amount typed, read by {@link Money#parse}; null when it cannot be read. */
	Money amount() {
		try {
			return Money.parse(this.amountRupees);
		}
		catch (Refusal unreadable) {
			return null;
		}
	}

	private static String value(MultiValueMap<String, String> data, String field) {
		String value = data.getFirst(field);
		return (value != null) ? value : "";
	}

}
