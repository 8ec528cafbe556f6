package ladakh.crafts.marketplace.treasury.payouts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * How an offline refund was paid back (collection {@code offline_refunds}, {@code _id}
 * the part id: one repayment per refund).
 *
 * @param partId the part refunded
 * @param orderId its order
 * @param mode UPI, BANK, CASH or CHEQUE
 * @param reference the UTR, UPI reference, receipt or cheque number
 * @param paidOn the day it was paid
 * @param amountMinor what was paid back, in paise
 */
public record OfflineRefund(String partId, String orderId, String mode, String reference, LocalDate paidOn,
		long amountMinor) {

	public static final Set<String> MODES = Set.of("UPI", "BANK", "CASH", "CHEQUE");

	/**
	 * Checks what was typed, every problem beside its field; the day may not be after
	 * today.
	 */
	public static OfflineRefund typed(String partId, String orderId, long amountMinor, String mode, String reference,
			String paidOn, LocalDate today) {
		String how = (mode != null) ? mode.strip().toUpperCase(Locale.ROOT) : "";
		String ref = (reference != null) ? reference.strip() : "";
		List<Refusal.FieldProblem> problems = new ArrayList<>();
		if (!MODES.contains(how)) {
			problems.add(new Refusal.FieldProblem("mode", "refundsQueue.error.mode"));
		}
		if (ref.isEmpty() || ref.length() > 60 || !ref.matches("[A-Za-z0-9 /_.-]+")) {
			problems.add(new Refusal.FieldProblem("reference", "refundsQueue.error.reference"));
		}
		LocalDate day = null;
		try {
			day = (paidOn != null && !paidOn.isBlank()) ? LocalDate.parse(paidOn.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			day = null;
		}
		if (day == null || day.isAfter(today)) {
			problems.add(new Refusal.FieldProblem("paidOn", "refundsQueue.error.paidOn"));
		}
		if (!problems.isEmpty()) {
			throw Refusal.invalid("refundsQueue.error", problems);
		}
		return new OfflineRefund(partId, orderId, how, ref, day, amountMinor);
	}

	/** The same repayment again (a double submit): nothing to change. */
	public boolean sameAs(OfflineRefund other) {
		return this.mode.equals(other.mode) && this.reference.equals(other.reference)
				&& this.paidOn.equals(other.paidOn);
	}

}
