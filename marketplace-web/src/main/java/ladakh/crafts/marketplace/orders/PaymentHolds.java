package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;

/**
 * How long an unpaid order holds its pieces, seen from a payment about to start: a card
 * gateway's page cannot close sooner than its lead time (Stripe: 30 minutes and a
 * margin), and must close when the hold ends, or money could arrive for an order whose
 * stock was given back. A hold that is too short is extended to a card hold from now by
 * one conditional update: only while the hold still runs (the sweeper's claim needs it
 * ended, so the two never both win) and only while the order is younger than one card
 * hold (so a buyer cannot keep pieces by retrying).
 */
@Service
public class PaymentHolds {

	private final ReactiveMongoTemplate mongo;

	private final Orders orders;

	private final OrdersProperties properties;

	private final Clock clock;

	PaymentHolds(ReactiveMongoTemplate mongo, Orders orders, OrdersProperties properties, Clock clock) {
		this.mongo = mongo;
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
		Mono<Void> extended = Mono.empty();
		if (!leadTime.isNegative() && !leadTime.isZero()) {
			Bson tooShort = Filters.and(Filters.eq("_id", orderId),
					Filters.eq("status", OrderStatus.AWAITING_PAYMENT.name()),
					Filters.gt("reservedUntil", Date.from(now)), Filters.lt("reservedUntil", Date.from(needed)),
					Filters.gt("createdAt", Date.from(now.minus(this.properties.cardHold()))));
			Bson extend = Updates.combine(Updates.set("reservedUntil", Date.from(now.plus(this.properties.cardHold()))),
					Updates.set("updatedAt", Date.from(now)));
			extended = this.mongo.getCollection(Order.COLLECTION)
				.flatMap((collection) -> Mono.from(collection.updateOne(tooShort, extend)))
				.then();
		}
		return extended.then(this.orders.find(orderId))
			.filter((order) -> order.status() == OrderStatus.AWAITING_PAYMENT && order.reservedUntil() != null
					&& !order.reservedUntil().isBefore(needed))
			.map(Order::reservedUntil);
	}

}
