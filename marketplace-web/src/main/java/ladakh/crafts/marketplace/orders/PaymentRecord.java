package ladakh.crafts.marketplace.orders;

import ladakh.crafts.marketplace.shared.Money;

/**
 * A payment that arrived for an order, from staff (offline), the seller (cash on
 * delivery) or the Stripe webhook.
 *
 * @param orderId the order
 * @param amount the amount received
 * @param reference the bank/UPI reference, receipt number or gateway payment id
 * @param source {@code STAFF}, {@code SELLER} or {@code STRIPE}
 * @param recordedBy the user id who recorded it, or {@code system}
 */
public record PaymentRecord(String orderId, Money amount, String reference, String source, String recordedBy) {

}
