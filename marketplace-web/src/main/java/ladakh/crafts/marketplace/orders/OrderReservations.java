package ladakh.crafts.marketplace.orders;

import ladakh.crafts.marketplace.catalog.StockReservations;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Gives an order's stock back. Each reservation is released at most once whoever calls
 * and however often ({@link StockReservations} keeps the key in the listing), so
 * checkout, the sweeper and a cancellation may all retry freely.
 */
@Service
public class OrderReservations {

	private final StockReservations stock;

	OrderReservations(StockReservations stock) {
		this.stock = stock;
	}

	/** Every reservation of the order. */
	public Mono<Void> releaseAll(Order order) {
		return Flux.fromIterable(order.reservations())
			.concatMap((reservation) -> this.stock.release(reservation.listingId(), reservation.key(),
					reservation.quantity()))
			.then();
	}

	/**
	 * The reservations of one part (a part cancelled after payment restores its stock).
	 */
	public Mono<Void> releasePart(Order order, String partId) {
		return Flux.fromIterable(order.reservations())
			.filter((reservation) -> partId.equals(reservation.partId()))
			.concatMap((reservation) -> this.stock.release(reservation.listingId(), reservation.key(),
					reservation.quantity()))
			.then();
	}

}
