package ladakh.crafts.marketplace.orders;

/** What recording a payment did. */
public enum PaymentOutcome {

	/** The order was AWAITING_PAYMENT and is now PAID (its parts too). */
	PAID,

	/** It was already paid: nothing changed (a duplicate). */
	ALREADY_PAID,

	/** Amount or currency did not match the order: flagged for staff, not paid. */
	FLAGGED,

	/**
	 * A gateway payment for an order that can no longer take it (expired, cancelled, or
	 * paid already by another payment): given back through the gateway, shown to staff,
	 * and the buyer is told.
	 */
	REFUNDED,

	/** Expired or cancelled: not payable; staff must refund the money. */
	NOT_PAYABLE,

	/** No such order. */
	NOT_FOUND

}
