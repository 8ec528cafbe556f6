package ladakh.crafts.marketplace.sellers.cards;

/**
 * No card can be issued for this seller, and why.
 */
public class CardUnavailableException extends RuntimeException {

	private final Reason reason;

	CardUnavailableException(Reason reason, String sellerId) {
		super("No identity card for " + sellerId + ": " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why there is no card. */
	public enum Reason {

		/** No artisan with this id. */
		NOT_AN_ARTISAN,
		/** An artisan without a registration number yet. */
		NOT_REGISTERED,
		/** Registered, but suspended or expired. */
		NOT_ACTIVE

	}

}
