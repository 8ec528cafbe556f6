package ladakh.crafts.marketplace.orders;

import reactor.core.publisher.Mono;

/**
 * The orders area's door for the payments area: record a payment against an order. The
 * transition AWAITING_PAYMENT to PAID is one conditional update, so a duplicate or a late
 * out-of-order event never moves an order backwards or pays it twice.
 */
public interface OrderPayments {

	/**
	 * Records a payment: pays the order when amount and currency match it exactly, flags
	 * it for staff otherwise.
	 * @param payment what arrived
	 * @return what it did
	 */
	Mono<PaymentOutcome> recordPayment(PaymentRecord payment);

	/**
	 * Flags an order for staff without paying it (e.g. a webhook that cannot be matched).
	 * @param orderId the order
	 * @param reason why, for staff
	 * @return completes when stored
	 */
	Mono<Void> flag(String orderId, String reason);

}
