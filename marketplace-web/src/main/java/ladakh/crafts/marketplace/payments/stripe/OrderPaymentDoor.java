package ladakh.crafts.marketplace.payments.stripe;

import reactor.core.publisher.Mono;

/**
 * What the webhook needs from the orders area, seen from here: the payments area may not
 * import {@code orders} (orders already uses the payment port; that would be a cycle), so
 * a small bridge outside both areas implements this with {@code orders.OrderPayments}.
 */
public interface OrderPaymentDoor {

	/**
	 * Records a card payment against an order.
	 * @return the orders area's outcome: {@code PAID}, {@code ALREADY_PAID},
	 * {@code FLAGGED}, {@code NOT_PAYABLE} or {@code NOT_FOUND}
	 */
	Mono<String> recordPayment(String orderId, long amountMinor, String currency, String reference);

	/** Flags an order for staff without paying it. */
	Mono<Void> flag(String orderId, String reason);

}
