package ladakh.crafts.marketplace.orders;

/**
 * Money for a seller part was given back (or is owed back offline).
 *
 * @param partId the part
 * @param orderId its order
 * @param sellerId its seller
 * @param amountMinor paise refunded
 * @param currency {@code INR}
 * @param refundKey the refund's idempotency key
 */
public record PartRefunded(String partId, String orderId, String sellerId, long amountMinor, String currency,
		String refundKey) {

}
