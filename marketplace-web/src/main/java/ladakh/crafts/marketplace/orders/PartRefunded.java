package ladakh.crafts.marketplace.orders;

import ladakh.crafts.marketplace.shared.Money;

/**
 * Money for a seller part was given back (or is owed back offline).
 *
 * @param partId the part
 * @param orderId its order
 * @param sellerId its seller
 * @param amount refunded
 * @param refundKey the refund's idempotency key
 */
public record PartRefunded(String partId, String orderId, String sellerId, Money amount, String refundKey) {

}
