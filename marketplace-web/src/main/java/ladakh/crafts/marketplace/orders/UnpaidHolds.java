package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The guard against stock hoarding (docs/decisions/0033): a buyer's open unpaid orders
 * and the pieces they reserve ({@link BuyerHoldRepository}) are capped. A checkout takes
 * a place by one conditional update; a place is given back once its order is no longer
 * open (paid, expired, cancelled, not placed): checked when the buyer's caps are reached,
 * so no other step of the order's life needs to know about this guard.
 */
@Service
class UnpaidHolds {

	private static final List<OrderStatus> OPEN = List.of(OrderStatus.PLACING, OrderStatus.AWAITING_PAYMENT);

	private final BuyerHoldRepository holds;

	private final OrderRepository orders;

	private final OrdersProperties properties;

	private final Clock clock;

	UnpaidHolds(BuyerHoldRepository holds, OrderRepository orders, OrdersProperties properties, Clock clock) {
		this.holds = holds;
		this.orders = orders;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Takes a place for this order.
	 * @param pieces the pieces it reserves (made-to-order lines reserve none)
	 * @return empty when taken; {@link CheckoutRefused} (409) when the buyer holds too
	 * many unpaid orders or pieces
	 */
	Mono<Void> take(String buyerId, String orderId, int pieces) {
		int maxOrders = this.properties.maxOpenUnpaidOrders();
		int maxPieces = this.properties.maxReservedPieces();
		if (pieces > maxPieces) {
			return Mono.error(new CheckoutRefused(null, "checkout.refused.tooManyPieces", 0, maxPieces));
		}
		Instant now = this.clock.instant();
		Mono<Boolean> take = Mono
			.defer(() -> this.holds.take(buyerId, orderId, pieces, maxOrders, maxPieces, this.clock.instant()));
		// No room: places of orders closed since may be given back first.
		return take.flatMap((taken) -> taken ? Mono.just(true) : giveBackClosed(buyerId, now).then(take))
			.flatMap((taken) -> taken ? Mono.<Void>empty() : refusal(buyerId));
	}

	/** Gives this order's place back (idempotent: only while the order is listed). */
	Mono<Void> giveBack(String buyerId, String orderId, int pieces) {
		return this.holds.giveBack(buyerId, orderId, pieces);
	}

	/**
	 * Gives back the places of orders that are no longer open; an order never written (a
	 * checkout that died before its insert) counts as open until the placing timeout.
	 */
	private Mono<Void> giveBackClosed(String buyerId, Instant now) {
		Instant stale = now.minus(this.properties.placingTimeout());
		return this.holds.held(buyerId)
			.concatMap((held) -> this.orders.find(held.orderId())
				.map((order) -> !OPEN.contains(order.status()))
				.defaultIfEmpty(held.at() == null || held.at().isBefore(stale))
				.filter(Boolean::booleanValue)
				.flatMap((closed) -> this.holds.giveBack(buyerId, held.orderId(), held.pieces())))
			.then();
	}

	private Mono<Void> refusal(String buyerId) {
		return this.holds.held(buyerId).collectList().flatMap((held) -> {
			if (held.size() >= this.properties.maxOpenUnpaidOrders()) {
				return Mono.error(new CheckoutRefused(null, "checkout.refused.tooManyUnpaid", held.size()));
			}
			int pieces = held.stream().mapToInt(BuyerHoldRepository.Held::pieces).sum();
			return Mono.error(new CheckoutRefused(null, "checkout.refused.tooManyPieces", pieces,
					this.properties.maxReservedPieces()));
		});
	}

}
