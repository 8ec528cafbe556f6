package ladakh.crafts.marketplace.exhibitions.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * What an officer sends from a stall's forms on the stalls-and-fees page: a fee's
 * reference and the day it was paid (for the seller it was offered to), a seller to give
 * the stall to, a stall to move to, and the reason for a change by hand.
 *
 * @param sellerId the seller (the holder a fee is for, or the seller to give the stall)
 * @param reference the UTR or receipt number
 * @param paidOn the day it was paid, {@code yyyy-mm-dd} as a date field sends it
 * @param reason why the change is made by hand
 * @param to the stall to move to
 */
record StallActionForm(String sellerId, String reference, String paidOn, String reason, String to) {

	static final StallActionForm EMPTY = new StallActionForm(null, null, null, null, null);

	StallActionForm {
		sellerId = trim(sellerId);
		reference = trim(reference);
		paidOn = trim(paidOn);
		reason = (reason != null) ? reason.strip() : "";
		to = trim(to);
	}

	/** The day paid, or null when it is missing or not a day. */
	LocalDate paidOnDay() {
		try {
			return this.paidOn.isEmpty() ? null : LocalDate.parse(this.paidOn);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A day that is given but cannot be read (field → message key). */
	Map<String, String> feeProblems() {
		return (!this.paidOn.isEmpty() && paidOnDay() == null) ? Map.of("paidOn", "exhibitions.fee.paidOn") : Map.of();
	}

	private static String trim(String text) {
		return (text != null) ? text.strip() : "";
	}

}
