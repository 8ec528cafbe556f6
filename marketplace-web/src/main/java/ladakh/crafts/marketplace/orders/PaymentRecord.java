package ladakh.crafts.marketplace.orders;

/**
 * A payment that arrived for an order, from staff (offline), the seller (cash on
 * delivery) or the Stripe webhook.
 *
 * @param orderId the order
 * @param amountMinor the amount received, in paise
 * @param currency the currency received
 * @param reference the bank/UPI reference, receipt number or gateway payment id
 * @param source {@code STAFF}, {@code SELLER} or {@code STRIPE}
 * @param recordedBy the user id who recorded it, or {@code system}
 */
public record PaymentRecord(String orderId, long amountMinor, String currency, String reference, String source,
		String recordedBy) {

}
