package ladakh.crafts.marketplace.catalog;

import java.time.Clock;

import ladakh.crafts.catalog.sync.CatalogSyncTrigger;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Gives reserved pieces back to a listing's stock (a cancelled seller part). The caller
 * makes each release happen once (it claims the line first, in its own document); this
 * service only does the single-document increment, marks the listing for search in the
 * same update, and brings a SOLD_OUT listing back to PUBLISHED.
 */
@Service
public class StockReleases {

	private final ListingStockRepository stock;

	private final Clock clock;

	private final CatalogSyncTrigger sync;

	StockReleases(ListingStockRepository stock, Clock clock, CatalogSyncTrigger sync) {
		this.stock = stock;
		this.clock = clock;
		this.sync = sync;
	}

	/**
	 * Adds {@code quantity} pieces back to the listing.
	 * @param listingId the listing
	 * @param quantity pieces (> 0)
	 * @return true when the listing was there
	 */
	public Mono<Boolean> release(String listingId, int quantity) {
		if (quantity <= 0) {
			return Mono.just(false);
		}
		return this.stock.addBack(listingId, quantity, this.clock.instant())
			.doOnNext((released) -> this.sync.listingsChanged());
	}

}
