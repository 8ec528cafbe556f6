package ladakh.crafts.marketplace.sellers.shg.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import ladakh.crafts.marketplace.sellers.shg.FundEntryKind;
import ladakh.crafts.marketplace.sellers.shg.RevolvingFund;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A ledger entry as typed: the amount in rupees as people write it (up to two decimals),
 * read into Money here at the edge.
 */
record FundEntryForm(String kind, String amountRupees,
		@NotBlank(message = "shg.fund.note.error") @Size(max = 200, message = "shg.fund.note.error") String note) {

	/** A field the form did not send is blank. */
	FundEntryForm {
		kind = text(kind);
		amountRupees = text(amountRupees);
		note = text(note);
	}

	static FundEntryForm defaults() {
		return new FundEntryForm("GRANT", String.valueOf(RevolvingFund.DEFAULT_GRANT.minor() / 100), "");
	}

	/**
	 * Field name → message keys of what the annotations cannot say: a kind of entry that
	 * exists, an amount in rupees within the ledger's range.
	 */
	Map<String, List<String>> problems() {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		if (kindValue() == null) {
			problems.put("kind", List.of("shg.fund.kind.error"));
		}
		if (!RevolvingFund.allowed(amount())) {
			problems.put("amountRupees", List.of("shg.fund.amount.error"));
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

	private static String text(String typed) {
		return (typed != null) ? typed : "";
	}

}
