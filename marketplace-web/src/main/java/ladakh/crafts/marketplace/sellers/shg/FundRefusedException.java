package ladakh.crafts.marketplace.sellers.shg;

/**
 * A ledger entry that may not be recorded; nothing was written.
 */
public class FundRefusedException extends RuntimeException {

	private final Reason reason;

	FundRefusedException(Reason reason, String shgId) {
		super("Fund entry refused for " + shgId + ": " + reason);
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
