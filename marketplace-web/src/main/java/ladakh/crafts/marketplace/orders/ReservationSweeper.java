package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;

import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.shared.PeriodicSweep;
import ladakh.crafts.marketplace.shared.SweepingService;
import ladakh.crafts.marketplace.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
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
public class ReservationSweeper extends SweepingService {

	private static final Logger log = LoggerFactory.getLogger(ReservationSweeper.class);

	private static final int BATCH = 100;

	private final OrderRepository orders;

	private final OrderPartRepository parts;

	private final OrderReservations reservations;

	private final PaidOrders paid;

	private final OrdersProperties properties;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<PaymentGateway> gateways;

	private final Clock clock;

	private final PeriodicSweep schedule;

	ReservationSweeper(OrderRepository orders, OrderPartRepository parts, OrderReservations reservations,
			PaidOrders paid, OrdersProperties properties, ApplicationEventPublisher events,
			ObjectProvider<PaymentGateway> gateways, Clock clock) {
		this.orders = orders;
		this.parts = parts;
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
		// Each claim is conditional on the state read: a payment starting now may extend
		// the hold, and a payment may win the order.
		Mono<Long> expired = claimAll(this.orders.holdsEnded(now, BATCH), (order) -> order.expire(now),
				PartStatus.AWAITING_PAYMENT, PartStatus.EXPIRED, now);
		Mono<Long> abandoned = claimAll(this.orders.placingSince(now.minus(this.properties.placingTimeout()), BATCH),
				(order) -> order.cancelPlacing(now), PartStatus.PLACING, PartStatus.CANCELLED, now);
		// A checkout that lost its order to this pass may have moved its parts on
		// already.
		Mono<Long> unreleased = this.orders.stockNotReleased(BATCH)
			// A sweeper that claimed an order may have died before its parts followed.
			.concatMap((order) -> moveParts(order, PartStatus.AWAITING_PAYMENT, order.closedPartStatus(), now)
				.then(moveParts(order, PartStatus.PLACING, order.closedPartStatus(), now))
				.then(closePayment(order))
				.then(releaseAndMark(order)))
			.count();
		Mono<Long> unfollowed = this.orders.paidNotFollowedUp(BATCH)
			// One order that fails (its emails could not be queued, say) stays for the
			// next pass without holding up the others.
			.concatMap((order) -> this.paid.followUp(order).onErrorResume((ex) -> {
				log.warn("Follow-up of paid order {} not finished, retried next pass: {}", order.id(), ex.toString());
				return Mono.empty();
			}))
			.then(Mono.just(0L));
		// The repair pass runs after the claims: run beside them it found the orders they
		// had just claimed and closed their payments a second time.
		return Mono.zip(expired, abandoned)
			.flatMap((counts) -> Mono.zip(unreleased, unfollowed).thenReturn(counts.getT1() + counts.getT2()));
	}

	/**
	 * The buyer cancels an order still awaiting payment: claimed like an expiry (a
	 * payment arriving meanwhile wins, and then this is refused), its parts cancelled,
	 * its payment page closed, its pieces back in stock.
	 * @return whether this call cancelled it
	 */
	Mono<Boolean> cancelUnpaid(Order order) {
		Instant now = this.clock.instant();
		return claimAll(Flux.just(order), (candidate) -> candidate.cancelUnpaid(now), PartStatus.AWAITING_PAYMENT,
				PartStatus.CANCELLED, now)
			.map((cancelled) -> cancelled > 0);
	}

	private Mono<Long> claimAll(Flux<Order> candidates, UnaryOperator<Order> move, PartStatus partFrom,
			PartStatus partTo, Instant now) {
		// The conditional transition: only one sweeper (or payment, or hold extension)
		// wins an order.
		return candidates
			.concatMap((candidate) -> Mono.fromCallable(() -> move.apply(candidate))
				.onErrorResume(Refusal.class, (ex) -> Mono.empty())
				.flatMap((moved) -> this.orders.save(candidate, moved)))
			.concatMap((order) -> moveParts(order, partFrom, partTo, now)
				.then((partFrom == PartStatus.PLACING) ? moveParts(order, PartStatus.AWAITING_PAYMENT, partTo, now)
						: Mono.empty())
				.then(closePayment(order))
				.then(releaseAndMark(order))
				.thenReturn(1L))
			.count();
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
		if (!OrderPart.follows(from, to)) {
			return Mono.empty();
		}
		return this.parts.follow(order.id(), from, to, now).doOnNext((part) -> {
			if (to == PartStatus.EXPIRED) {
				// Tell fulfilment and notifications; a re-driven pass finds nothing
				// to move.
				this.events.publishEvent(new PartStatusChanged(part.id(), order.id(), part.sellerId(), order.buyerId(),
						part.status().name()));
			}
		}).then();
	}

	private Mono<Long> releaseAndMark(Order order) {
		return this.reservations.releaseAll(order).then(this.orders.save(order, order.stockGivenBack())).thenReturn(1L);
	}

	// ------------------------------------------------------------------ schedule

	@Override
	protected PeriodicSweep periodicSweep() {
		return this.schedule;
	}

}
