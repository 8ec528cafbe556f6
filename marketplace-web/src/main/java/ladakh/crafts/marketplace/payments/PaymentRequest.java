package ladakh.crafts.marketplace.payments;

import java.time.Instant;

import ladakh.crafts.marketplace.shared.Money;

/**
 * What a gateway needs to take payment for one buyer order.
 *
 * @param orderId the order id (also the root of every idempotency key)
 * @param orderNumber the number the buyer sees, e.g. {@code LC-2026-000123}
 * @param amount the order's total
 * @param method how the buyer chose to pay
 * @param buyerEmail for the gateway's receipt, or {@code null}
 * @param returnUrl where a hosted page sends the buyer back (absolute URL)
 * @param attempt 1 for the first try; a retry after a gateway failure reuses the same key
 * unless the previous session expired
 * @param payBy when the order stops holding its pieces: a hosted payment page must close
 * by then (Stripe's Checkout Session expires at this second), or {@code null} when the
 * gateway takes no payment itself (offline)
 */
public record PaymentRequest(String orderId, String orderNumber, Money amount, PaymentMethod method, String buyerEmail,
		String returnUrl, int attempt, Instant payBy) {

}
