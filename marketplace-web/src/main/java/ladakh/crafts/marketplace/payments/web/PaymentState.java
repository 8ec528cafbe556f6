package ladakh.crafts.marketplace.payments.web;

import ladakh.crafts.marketplace.payments.PayableOrder;
import ladakh.crafts.marketplace.payments.stripe.StripeSession;

/**
 * What the return page tells the buyer. The order's own status wins: once it is PAID no
 * late failure or expiry shows anything else.
 */
enum PaymentState {

	/** The order is paid. */
	PAID,

	/** Stripe has not confirmed yet (the webhook is on its way): the page refreshes. */
	CONFIRMING,

	/** Starting or completing the card payment failed: the buyer may try again. */
	FAILED,

	/** The payment did not match the order: staff are checking it. */
	FLAGGED,

	/** Expired or cancelled: nothing more to pay. */
	CLOSED,

	/** Paid offline: waits until staff or the seller record the payment. */
	OFFLINE;

	static PaymentState of(PayableOrder order, StripeSession session, boolean cancelled) {
		if (order.paid()) {
			return PAID;
		}
		if ("PAYMENT_FLAGGED".equals(order.status())) {
			return FLAGGED;
		}
		if (!order.awaitingPayment()) {
			return CLOSED;
		}
		if (!order.byCard()) {
			return OFFLINE;
		}
		if (session == null || session.failed() || cancelled) {
			return FAILED;
		}
		return CONFIRMING;
	}

	boolean retryable() {
		return this == FAILED;
	}

}
