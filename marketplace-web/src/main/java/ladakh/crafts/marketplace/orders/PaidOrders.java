package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.time.Instant;

import ladakh.crafts.marketplace.treasury.RevenueLedger;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows an order becoming PAID: its parts PAID, a ledger sale per part (its pieces
 * and its shipping, so the sales add up to what the buyer paid), the "paid" emails in the
 * outbox, then the order's follow-up mark ({@link Order#followedUp}), then the events.
 * Each step is idempotent (the ledger and the outbox are keyed), and the mark comes after
 * everything that must not be lost, so the sweeper re-drives an order whose follow-up was
 * interrupted and nothing is done twice.
 */
@Component
class PaidOrders {

	private final OrderRepository orders;

	private final OrderPartRepository parts;

	private final RevenueLedger ledger;

	private final OrderNotices notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaidOrders(OrderRepository orders, OrderPartRepository parts, RevenueLedger ledger, OrderNotices notices,
			ApplicationEventPublisher events, Clock clock) {
		this.orders = orders;
		this.parts = parts;
		this.ledger = ledger;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	Mono<Void> followUp(Order order) {
		Instant now = this.clock.instant();
		String reference = (order.payment() != null) ? order.payment().reference() : order.number();
		// CARD, or the offline mode the buyer chose (COUNTER, UPI, BANK_TRANSFER...).
		String mode = (order.paymentMethod() != null) ? order.paymentMethod().name() : null;
		return this.parts.follow(order.id(), PartStatus.AWAITING_PAYMENT, PartStatus.PAID, now)
			.thenMany(this.parts.parts(order.id()))
			.concatMap((part) -> this.ledger
				.recordSale(order.id(), part.id(), part.sellerId(), part.total(), reference, mode)
				.thenReturn(part))
			.collectList()
			// Queued before the mark: a crash after it must not lose them.
			.flatMap((all) -> this.notices.paid(order.id()).thenReturn(all))
			.flatMap((all) -> this.orders.save(order, order.followedUp()).doOnNext((marked) -> {
				this.events.publishEvent(new OrderPaid(order.id()));
				all.forEach((part) -> this.events.publishEvent(new PartStatusChanged(part.id(), order.id(),
						part.sellerId(), order.buyerId(), part.status().name())));
			}))
			.then();
	}

}
