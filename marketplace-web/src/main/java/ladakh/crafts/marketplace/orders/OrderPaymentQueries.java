package ladakh.crafts.marketplace.orders;

import java.time.Duration;
import java.time.Instant;

import ladakh.crafts.marketplace.payments.PayableOrder;
import ladakh.crafts.marketplace.payments.PayableOrders;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The orders area's answers to the payments area ({@link PayableOrders}): an order as a
 * payment page needs it, and its hold extended for a gateway's lead time.
 */
@Component
class OrderPaymentQueries implements PayableOrders {

	private final Orders orders;

	private final PaymentHolds holds;

	OrderPaymentQueries(Orders orders, PaymentHolds holds) {
		this.orders = orders;
		this.holds = holds;
	}

	@Override
	public Mono<PayableOrder> ofBuyer(String orderId, String buyerId) {
		if (orderId == null || buyerId == null) {
			return Mono.empty();
		}
		return this.orders.find(orderId)
			.filter((order) -> buyerId.equals(order.buyerId()))
			.map((order) -> new PayableOrder(order.id(), order.number(), order.buyerId(), order.status().name(),
					order.total(), order.paymentMethod(), (order.contact() != null) ? order.contact().email() : null));
	}

	@Override
	public Mono<Instant> holdFor(String orderId, Duration leadTime) {
		return this.holds.holdFor(orderId, leadTime);
	}

}
