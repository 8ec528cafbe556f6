package ladakh.crafts.marketplace.treasury.deposits;

import java.time.Instant;
import java.time.YearMonth;

import ladakh.crafts.marketplace.shared.Money;

/**
 * One allocation line: part of a deposit credited to a training centre's receipts of one
 * month. Never edited: undoing one writes a reversing line ({@code reverses} its id) with
 * the opposite amount, once ({@code reversal:<id>}).
 *
 * @param id {@code alc-<uuid>}, or {@code reversal:<id of the reversed line>}
 * @param depositId the deposit
 * @param centreId the training centre (its seller id)
 * @param month the receipts' month, India time
 * @param amount signed: positive for an allocation, negative for a reversal
 * @param at when it was written
 * @param by who wrote it (a user id)
 * @param reverses the reversed line's id, or null
 */
public record Allocation(String id, String depositId, String centreId, YearMonth month, Money amount, Instant at,
		String by, String reverses) {

	public static String reversalId(String allocationId) {
		return "reversal:" + allocationId;
	}

	public boolean isReversal() {
		return this.reverses != null;
	}

	public FinancialYear fy() {
		return FinancialYear.of(this.month);
	}

	/** The reversing line of this one. */
	public Allocation reversed(Instant now, String userId) {
		return new Allocation(reversalId(this.id), this.depositId, this.centreId, this.month, this.amount.negated(),
				now, userId, this.id);
	}

}
