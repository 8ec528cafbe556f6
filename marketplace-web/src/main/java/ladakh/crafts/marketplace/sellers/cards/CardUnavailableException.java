package ladakh.crafts.marketplace.sellers.cards;

import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * No card can be issued for this seller, and why.
 */
public class CardUnavailableException extends Refusal {

	private final Reason reason;

	CardUnavailableException(Reason reason, String sellerId) {
		super((reason == Reason.NOT_AN_ARTISAN) ? Kind.NOT_FOUND : Kind.CONFLICT, "card.unavailable." + reason, null,
				new Object[] { sellerId }, Map.of());
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
