package ladakh.crafts.marketplace.payments.stripe;

import java.time.Instant;

/**
 * The payments area's own record of an order's Stripe Checkout Session (collection
 * {@code stripe_sessions}, {@code _id} = order id).
 *
 * @param orderId the order
 * @param attempt which try ({@code checkout:<orderId>:<attempt>} is the idempotency key)
 * @param status {@code STARTING}, {@code OPEN}, {@code START_FAILED}, {@code COMPLETED},
 * {@code PAYMENT_FAILED} or {@code EXPIRED}
 * @param sessionId Stripe's session id, once created
 * @param sessionUrl the hosted page, once created
 * @param paymentIntentId the PaymentIntent that paid it, once known
 * @param expiresAt when the attempt's session closes (the order's hold end), in whole
 * seconds: part of the attempt's parameters, so a different one needs a new attempt
 */
public record StripeSession(String orderId, int attempt, String status, String sessionId, String sessionUrl,
		String paymentIntentId, Instant expiresAt) {

	public static final String STARTING = "STARTING";

	public static final String OPEN = "OPEN";

	public static final String START_FAILED = "START_FAILED";

	public static final String COMPLETED = "COMPLETED";

	public static final String PAYMENT_FAILED = "PAYMENT_FAILED";

	public static final String EXPIRED = "EXPIRED";

	public String idempotencyKey() {
		return key(this.orderId, this.attempt);
	}

	static String key(String orderId, int attempt) {
		return "checkout:" + orderId + ":" + attempt;
	}

	/** The buyer can be sent to the hosted page as it is. */
	public boolean usable() {
		return (OPEN.equals(this.status) || PAYMENT_FAILED.equals(this.status)) && this.sessionUrl != null;
	}

	/** A session someone could still pay, to be expired when the order closes. */
	boolean payable() {
		return (OPEN.equals(this.status) || PAYMENT_FAILED.equals(this.status)) && this.sessionId != null;
	}

	/** Starting failed, or the last try did not go through: the buyer may try again. */
	public boolean failed() {
		return START_FAILED.equals(this.status) || PAYMENT_FAILED.equals(this.status) || EXPIRED.equals(this.status);
	}

}
