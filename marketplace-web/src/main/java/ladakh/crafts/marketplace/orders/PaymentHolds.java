package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * How long an unpaid order holds its pieces, seen from a payment about to start: a card
 * gateway's page cannot close sooner than its lead time (Stripe: 30 minutes and a
 * margin), and must close when the hold ends, or money could arrive for an order whose
 * stock was given back. A hold that is too short is extended to a card hold from now by
 * one conditional update ({@link Order#extendHold}): only while the hold still runs (the
 * sweeper's claim needs it ended, and both are conditional on the hold's end as read, so
 * the two never both win) and only while the order is younger than one card hold (so a
 * buyer cannot keep pieces by retrying).
 */
@Service
public class PaymentHolds {

	private final OrderRepository orders;

	private final OrdersProperties properties;

	private final Clock clock;

	PaymentHolds(OrderRepository orders, OrdersProperties properties, Clock clock) {
		this.orders = orders;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The end of the order's hold, at least {@code leadTime} from now.
	 * @param orderId the order
	 * @param leadTime what the gateway needs ({@code PaymentGateway.leadTime()})
	 * @return the hold's end, or empty when the order is not awaiting payment or cannot
	 * be held that long
	 */
	public Mono<Instant> holdFor(String orderId, Duration leadTime) {
		Instant now = this.clock.instant();
		Instant needed = now.plus(leadTime);
		Duration cardHold = this.properties.cardHold();
		return this.orders.find(orderId).flatMap((order) -> {
			if (leadTime.isNegative() || leadTime.isZero() || !order.canExtendHold(needed, cardHold, now)) {
				return Mono.just(order);
			}
			// Lost to a concurrent move (paid, expired, extended): answer from the new
			// state.
			return this.orders.save(order, order.extendHold(now.plus(cardHold), cardHold, now))
				.switchIfEmpty(Mono.defer(() -> this.orders.find(orderId)));
		})
			.filter((order) -> order.status() == OrderStatus.AWAITING_PAYMENT && order.reservedUntil() != null
					&& !order.reservedUntil().isBefore(needed))
			.map(Order::reservedUntil);
	}

}
