package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.shared.PeriodicSweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Expires unpaid orders, undoes checkouts that stopped half way, and re-drives steps that
 * were interrupted (stock not yet given back, a paid order's follow-up). Safe on several
 * instances at once: each order is claimed by a conditional status transition, and every
 * step after the claim is idempotent. A closed order's payment page is closed at its
 * gateway before its stock is given back (best effort: a payment that still arrives is
 * refunded).
 */
@Component
public class ReservationSweeper implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ReservationSweeper.class);

	private static final int BATCH = 100;

	private static final List<String> RELEASED_STATUSES = List.of(OrderStatus.EXPIRED.name(),
			OrderStatus.CANCELLED.name(), OrderStatus.NOT_PLACED.name());

	private final ReactiveMongoTemplate mongo;

	private final OrderReservations reservations;

	private final PaidOrders paid;

	private final OrdersProperties properties;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<PaymentGateway> gateways;

	private final Clock clock;

	private final PeriodicSweep schedule;

	ReservationSweeper(ReactiveMongoTemplate mongo, OrderReservations reservations, PaidOrders paid,
			OrdersProperties properties, ApplicationEventPublisher events, ObjectProvider<PaymentGateway> gateways,
			Clock clock) {
		this.mongo = mongo;
		this.reservations = reservations;
		this.paid = paid;
		this.gateways = gateways;
		this.properties = properties;
		this.schedule = new PeriodicSweep("Order sweep", properties.sweepInterval(), this::sweep);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One pass.
	 * @return how many orders this pass expired or undid
	 */
	public Mono<Long> sweep() {
		Instant now = this.clock.instant();
		// Conditional on the hold having ended: a payment starting now may extend it.
		Mono<Long> expired = claimAll(
				Filters.and(Filters.eq("status", OrderStatus.AWAITING_PAYMENT.name()),
						Filters.lt("reservedUntil", Date.from(now))),
				OrderStatus.EXPIRED, PartStatus.AWAITING_PAYMENT, PartStatus.EXPIRED, now);
		Mono<Long> abandoned = claimAll(
				Filters.and(Filters.eq("status", OrderStatus.PLACING.name()),
						Filters.lt("createdAt", Date.from(now.minus(this.properties.placingTimeout())))),
				OrderStatus.CANCELLED, PartStatus.PLACING, PartStatus.CANCELLED, now);
		// A checkout that lost its order to this pass may have moved its parts on
		// already.
		Mono<Long> unreleased = find(
				Filters.and(Filters.in("status", RELEASED_STATUSES), Filters.ne("stockReleased", true)))
			// A sweeper that claimed an order may have died before its parts followed.
			.concatMap((order) -> moveParts(order, PartStatus.AWAITING_PAYMENT, partStatusOf(order), now)
				.then(moveParts(order, PartStatus.PLACING, partStatusOf(order), now))
				.then(closePayment(order))
				.then(releaseAndMark(order)))
			.count();
		Mono<Long> unfollowed = find(
				Filters.and(Filters.eq("status", OrderStatus.PAID.name()), Filters.ne("paidFollowUp", true)))
			// One order that fails (its emails could not be queued, say) stays for the
			// next pass without holding up the others.
			.concatMap((order) -> this.paid.followUp(order).onErrorResume((ex) -> {
				log.warn("Follow-up of paid order {} not finished, retried next pass: {}", order.id(), ex.toString());
				return Mono.empty();
			}))
			.then(Mono.just(0L));
		// The repair pass runs after the claims: run beside them it found the orders they
		// had
		// just claimed and closed their payments a second time.
		return Mono.zip(expired, abandoned)
			.flatMap((counts) -> Mono.zip(unreleased, unfollowed).thenReturn(counts.getT1() + counts.getT2()));
	}

	private Mono<Long> claimAll(Bson filter, OrderStatus to, PartStatus partFrom, PartStatus partTo, Instant now) {
		return find(filter).concatMap((candidate) -> claim(candidate.id(), filter, to, now))
			.concatMap((order) -> moveParts(order, partFrom, partTo, now)
				.then((partFrom == PartStatus.PLACING) ? moveParts(order, PartStatus.AWAITING_PAYMENT, partTo, now)
						: Mono.empty())
				.then(closePayment(order))
				.then(releaseAndMark(order))
				.thenReturn(1L))
			.count();
	}

	/**
	 * The conditional transition (on the whole filter that found the order): only one
	 * sweeper (or payment, or hold extension) wins an order.
	 */
	private Mono<Order> claim(String orderId, Bson filter, OrderStatus to, Instant now) {
		Bson update = Updates.combine(Updates.set("status", to.name()), Updates.set("updatedAt", Date.from(now)),
				Updates.set("stockReleased", false));
		return this.mongo.getCollection(Order.COLLECTION)
			.flatMap((orders) -> Mono.from(orders.findOneAndUpdate(Filters.and(Filters.eq("_id", orderId), filter),
					update, new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))))
			.map(Order::of);
	}

	/**
	 * Nobody may pay an order whose stock goes back: its gateway closes the payment page.
	 * A gateway that does not answer does not hold the stock up; the payment, if it still
	 * comes, is refunded.
	 */
	private Mono<Void> closePayment(Order order) {
		if (order.gateway() == null || order.status() == OrderStatus.NOT_PLACED) {
			return Mono.empty();
		}
		return this.gateways.orderedStream()
			.filter((gateway) -> gateway.name().equals(order.gateway()))
			.findFirst()
			.map((gateway) -> gateway.close(order.id()).onErrorResume((ex) -> {
				log.warn("The {} payment of order {} could not be closed: {}", order.gateway(), order.id(),
						ex.toString());
				return Mono.empty();
			}))
			.orElse(Mono.empty());
	}

	private Mono<Void> moveParts(Order order, PartStatus from, PartStatus to, Instant now) {
		return this.mongo.getCollection(OrderPart.COLLECTION)
			.flatMap((parts) -> Mono.from(
					parts.updateMany(Filters.and(Filters.eq("orderId", order.id()), Filters.eq("status", from.name())),
							Updates.combine(Updates.set("status", to.name()),
									Updates.set("updatedAt", Date.from(now))))))
			.doOnNext((result) -> {
				if (result.getModifiedCount() > 0 && to == PartStatus.EXPIRED) {
					// Tell fulfilment and notifications; a re-driven pass finds nothing
					// to move.
					this.mongo
						.find(org.springframework.data.mongodb.core.query.Query.query(
								org.springframework.data.mongodb.core.query.Criteria.where("orderId").is(order.id())),
								Document.class, OrderPart.COLLECTION)
						.map(OrderPart::of)
						.doOnNext((part) -> this.events.publishEvent(new PartStatusChanged(part.id(), order.id(),
								part.sellerId(), order.buyerId(), part.status().name())))
						.subscribe();
				}
			})
			.then();
	}

	private static PartStatus partStatusOf(Order order) {
		return switch (order.status()) {
			case EXPIRED -> PartStatus.EXPIRED;
			case NOT_PLACED -> PartStatus.NOT_PLACED;
			default -> PartStatus.CANCELLED;
		};
	}

	private Mono<Long> releaseAndMark(Order order) {
		return this.reservations.releaseAll(order)
			.then(this.mongo.getCollection(Order.COLLECTION)
				.flatMap((orders) -> Mono
					.from(orders.updateOne(Filters.eq("_id", order.id()), Updates.set("stockReleased", true)))))
			.thenReturn(1L);
	}

	private Flux<Order> find(Bson filter) {
		return this.mongo.getCollection(Order.COLLECTION)
			.flatMapMany((orders) -> Flux.from(orders.find(filter).limit(BATCH)))
			.map(Order::of);
	}

	// ------------------------------------------------------------------ schedule

	@Override
	public void start() {
		this.schedule.start();
	}

	@Override
	public void stop() {
		this.schedule.stop();
	}

	@Override
	public boolean isRunning() {
		return this.schedule.isRunning();
	}

}
