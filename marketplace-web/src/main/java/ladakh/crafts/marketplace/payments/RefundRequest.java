package ladakh.crafts.marketplace.payments;

import ladakh.crafts.marketplace.shared.Money;

/**
 * A refund of (part of) a paid order.
 *
 * @param orderId the order
 * @param partId the seller part being refunded, or {@code null} when a whole payment is
 * given back (it came for an order that can no longer be filled)
 * @param amount what to give back (positive)
 * @param refundKey the idempotency key ({@code refund:<partId>}, or
 * {@code payment-refund:<payment reference>}): the same key never refunds twice
 * @param externalPaymentId the gateway's payment id (Stripe PaymentIntent), or
 * {@code null} for offline payments
 */
public record RefundRequest(String orderId, String partId, Money amount, String refundKey, String externalPaymentId) {

}
