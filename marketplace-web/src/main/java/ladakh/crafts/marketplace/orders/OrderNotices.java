package ladakh.crafts.marketplace.orders;

import reactor.core.publisher.Mono;

/**
 * The messages the orders area must not lose, queued as a step of its own work (not from
 * an event after it): a step is marked done only once they are stored, so a process that
 * dies in between re-drives the step, and the notices are keyed per fact so the re-drive
 * queues nothing twice. Implemented by the notifications area.
 */
public interface OrderNotices {

	/**
	 * Queues the "paid" emails of an order: to the buyer and to each seller.
	 * @param orderId a PAID order whose parts are PAID
	 * @return completes once they are stored
	 */
	Mono<Void> paid(String orderId);

	/**
	 * Queues the email telling the buyer that a payment which came for an order that can
	 * no longer be filled is being given back.
	 * @param returned the payment, as recorded in the order
	 * @return completes once it is stored
	 */
	Mono<Void> paymentReturned(String orderId, Order.ReturnedPayment returned);

}
