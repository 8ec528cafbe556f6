package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.util.Date;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * What follows an order becoming PAID: its parts PAID, a ledger sale per part, the "paid"
 * emails in the outbox, then the order's {@code paidFollowUp} mark, then the events. Each
 * step is idempotent (the ledger and the outbox are keyed), and the mark comes after
 * everything that must not be lost, so the sweeper re-drives an order whose follow-up was
 * interrupted and nothing is done twice.
 */
@Component
class PaidOrders {

	private final ReactiveMongoTemplate mongo;

	private final Orders orders;

	private final RevenueLedger ledger;

	private final OrderNotices notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaidOrders(ReactiveMongoTemplate mongo, Orders orders, RevenueLedger ledger, OrderNotices notices,
			ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.orders = orders;
		this.ledger = ledger;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	Mono<Void> followUp(Order order) {
		Date now = Date.from(this.clock.instant());
		String reference = (order.payment() != null) ? order.payment().reference() : order.number();
		Mono<Void> parts = this.mongo.getCollection(OrderPart.COLLECTION)
			.flatMap((collection) -> Mono.from(collection.updateMany(
					Filters.and(Filters.eq("orderId", order.id()),
							Filters.eq("status", PartStatus.AWAITING_PAYMENT.name())),
					Updates.combine(Updates.set("status", PartStatus.PAID.name()), Updates.set("updatedAt", now)))))
			.then();
		Flux<OrderPart> paid = this.orders.parts(order.id());
		return parts.thenMany(paid)
			.concatMap((part) -> this.ledger
				.recordSale(order.id(), part.id(), part.sellerId(), part.subtotalMinor(), part.currency(), reference)
				.thenReturn(part))
			.collectList()
			// Queued before the mark: a crash after it must not lose them.
			.flatMap((all) -> this.notices.paid(order.id()).thenReturn(all))
			.flatMap((all) -> this.mongo.getCollection(Order.COLLECTION)
				.flatMap((collection) -> Mono.from(collection.updateOne(
						Filters.and(Filters.eq("_id", order.id()), Filters.ne("paidFollowUp", true)),
						Updates.set("paidFollowUp", true))))
				.doOnNext((result) -> {
					if (result.getModifiedCount() == 1) {
						this.events.publishEvent(new OrderPaid(order.id()));
						all.forEach((part) -> this.events.publishEvent(new PartStatusChanged(part.id(), order.id(),
								part.sellerId(), order.buyerId(), part.status().name())));
					}
				}))
			.then();
	}

}
