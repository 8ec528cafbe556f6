package ladakh.crafts.marketplace.orders;

import java.util.Set;

/**
 * Where a buyer order is. PLACING and NOT_PLACED are checkout's own: an order is shown to
 * anyone only from AWAITING_PAYMENT on (see docs/decisions/0022). Every move is a
 * conditional update on the current status; nothing moves backwards.
 */
public enum OrderStatus {

	/** Written before any stock is taken; the buyer has no answer yet. */
	PLACING,
	/**
	 * A line could not be reserved: everything was given back; never shown as an order.
	 */
	NOT_PLACED,
	/** Placed: stock reserved until {@code reservedUntil}. */
	AWAITING_PAYMENT,
	/** Paid in full. */
	PAID,
	/** Money arrived that did not match: staff must look. Stock stays reserved. */
	PAYMENT_FLAGGED,
	/** Not paid in time: stock given back. */
	EXPIRED,
	/** Cancelled (by checkout recovery or a person): stock given back. */
	CANCELLED;

	/** The statuses a buyer sees in their order list. */
	public static final Set<OrderStatus> VISIBLE = Set.of(AWAITING_PAYMENT, PAID, PAYMENT_FLAGGED, EXPIRED, CANCELLED);

	/** The statuses a payment may be recorded against. */
	public static final Set<OrderStatus> PAYABLE = Set.of(AWAITING_PAYMENT, PAYMENT_FLAGGED);

}
