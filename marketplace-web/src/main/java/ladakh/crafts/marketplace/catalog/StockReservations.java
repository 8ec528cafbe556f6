package ladakh.crafts.marketplace.catalog;

import java.time.Clock;

import ladakh.crafts.catalog.sync.CatalogSyncTrigger;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Reserves and releases stock for orders: the only way another area changes a listing's
 * stock.
 * <p>
 * Each reservation has a key (e.g. {@code <orderId>:<line>}) that is kept in the listing
 * in the same single-document update that takes the stock. Releasing gives the stock back
 * in one update conditional on the key still being there, so a reservation is taken at
 * most once and given back at most once, however often (and however concurrently) a
 * checkout, a sweeper or a cancellation retries (see docs/decisions/0022 and
 * {@link ListingStockRepository}).
 */
@Service
public class StockReservations {

	private final ListingStockRepository stock;

	private final ListingRepository listings;

	private final CatalogSyncTrigger sync;

	private final Clock clock;

	StockReservations(ListingStockRepository stock, ListingRepository listings, CatalogSyncTrigger sync, Clock clock) {
		this.stock = stock;
		this.listings = listings;
		this.sync = sync;
		this.clock = clock;
	}

	/**
	 * Takes {@code quantity} pieces of a published, in-stock (not made-to-order) listing.
	 * @param listingId the listing
	 * @param key the reservation's key, unique per order line
	 * @param quantity pieces, at least 1
	 * @return true when reserved now or already held under this key; false when there is
	 * not enough stock (or the listing is not on sale)
	 */
	public Mono<Boolean> reserve(String listingId, String key, int quantity) {
		if (quantity < 1) {
			return Mono.error(new IllegalArgumentException("quantity must be at least 1"));
		}
		return this.stock.take(listingId, key, quantity, this.clock.instant())
			.flatMap((taken) -> taken ? Mono.just(true) : this.stock.holds(listingId, key))
			.doOnNext((reserved) -> this.sync.listingsChanged());
	}

	/**
	 * Gives a reservation's pieces back, once: a SOLD_OUT listing with stock again is
	 * PUBLISHED again.
	 * @return true when this call gave the stock back, false when it was not held (never
	 * reserved or already released)
	 */
	public Mono<Boolean> release(String listingId, String key, int quantity) {
		return this.stock.giveBack(listingId, key, quantity, this.clock.instant()).doOnNext((released) -> {
			if (released) {
				this.sync.listingsChanged();
			}
		});
	}

	/**
	 * Forgets a reservation whose pieces were sold for good (delivered): the stock stays
	 * taken, the key is dropped so the listing's holds do not grow.
	 */
	public Mono<Boolean> settle(String listingId, String key) {
		return this.stock.forget(listingId, key);
	}

	/** The listing's stock now (0 when there is no such listing). */
	public Mono<Integer> stockOf(String listingId) {
		return this.listings.find(listingId).map(Listing::stock).defaultIfEmpty(0);
	}

}
