package ladakh.crafts.marketplace.sellers.shg;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A ledger entry that may not be recorded; nothing was written. Shown beside the amount.
 */
public class FundRefusedException extends Refusal {

	private final Reason reason;

	FundRefusedException(Reason reason, String shgId) {
		super(Kind.CONFLICT, "shg.fund.refused." + reason.name(), "amountRupees");
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why. */
	public enum Reason {

		/** A utilisation larger than the balance. */
		INSUFFICIENT_BALANCE,
		/** The SHG is not approved (yet). */
		SHG_NOT_ACTIVE

	}

}
