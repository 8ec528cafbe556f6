package ladakh.crafts.marketplace.orders;

import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/** What a buyer may do with an order not paid yet. */
@Service
public class UnpaidOrders {

	private final OrderRepository orders;

	private final ReservationSweeper sweeper;

	UnpaidOrders(OrderRepository orders, ReservationSweeper sweeper) {
		this.orders = orders;
		this.sweeper = sweeper;
	}

	/**
	 * Cancels the buyer's own order while it awaits payment; NOT_FOUND for anyone else's,
	 * CONFLICT once it is paid or its hold has ended.
	 */
	public Mono<Void> cancelByBuyer(String buyerId, String orderId) {
		return this.orders.find(orderId)
			.filter((order) -> buyerId.equals(order.buyerId()))
			.switchIfEmpty(Mono.error(() -> Refusal.notFound("orders.error.notFound")))
			.flatMap(this.sweeper::cancelUnpaid)
			.flatMap((cancelled) -> cancelled ? Mono.<Void>empty()
					: Mono.error(Refusal.conflict("orders.error.notCancellable")));
	}

}
