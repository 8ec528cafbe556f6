package ladakh.crafts.marketplace.catalog;

import java.time.Clock;
import java.time.Instant;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import ladakh.crafts.catalog.sync.CatalogSyncTrigger;
import ladakh.crafts.catalog.sync.SearchVisibleChange;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Gives reserved pieces back to a listing's stock (a cancelled seller part). The caller
 * makes each release happen once (it claims the line first, in its own document); this
 * service only does the single-document increment, marks the listing for search in the
 * same update, and brings a SOLD_OUT listing back to PUBLISHED.
 */
@Service
public class StockReleases {

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final CatalogSyncTrigger sync;

	StockReleases(ReactiveMongoTemplate mongo, Clock clock, CatalogSyncTrigger sync) {
		this.mongo = mongo;
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
		Instant now = this.clock.instant();
		return this.mongo.getCollection(Listings.COLLECTION)
			.flatMap((listings) -> Mono.from(listings.updateOne(Filters.eq("_id", listingId),
					SearchVisibleChange.update(now, Updates.inc("stock", quantity))))
				.flatMap((result) -> {
					if (result.getMatchedCount() == 0) {
						return Mono.just(false);
					}
					return Mono
						.from(listings.updateOne(
								Filters.and(Filters.eq("_id", listingId),
										Filters.eq("status", ListingStatus.SOLD_OUT.name()), Filters.gt("stock", 0)),
								SearchVisibleChange.update(now, Updates.set("status", ListingStatus.PUBLISHED.name()))))
						.thenReturn(true);
				}))
			.doOnNext((released) -> this.sync.listingsChanged());
	}

}
