package ladakh.crafts.marketplace.orders;

/** What recording a payment did. */
public enum PaymentOutcome {

	/** The order was AWAITING_PAYMENT and is now PAID (its parts too). */
	PAID,

	/** It was already paid: nothing changed (a duplicate). */
	ALREADY_PAID,

	/** Amount or currency did not match the order: flagged for staff, not paid. */
	FLAGGED,

	/** Expired or cancelled: not payable; staff must refund the money. */
	NOT_PAYABLE,

	/** No such order. */
	NOT_FOUND

}
