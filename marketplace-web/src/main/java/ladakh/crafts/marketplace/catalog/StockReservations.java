package ladakh.crafts.marketplace.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import ladakh.crafts.catalog.sync.CatalogSyncTrigger;
import ladakh.crafts.catalog.sync.SearchVisibleChange;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Reserves and releases stock for orders: the only way another area changes
 * {@code listings.stock}.
 * <p>
 * Each reservation has a key (e.g. {@code <orderId>:<line>}) that is kept in the
 * listing's {@code holds} array in the same single-document update that takes the stock.
 * Releasing pulls the key and gives the stock back in one update conditional on the key
 * still being there, so a reservation is taken at most once and given back at most once,
 * however often (and however concurrently) a checkout, a sweeper or a cancellation
 * retries (see docs/decisions/0022).
 */
@Service
public class StockReservations {

	/** The listing field holding the keys of live reservations. */
	public static final String HOLDS = "holds";

	private final ReactiveMongoTemplate mongo;

	private final CatalogSyncTrigger sync;

	private final Clock clock;

	StockReservations(ReactiveMongoTemplate mongo, CatalogSyncTrigger sync, Clock clock) {
		this.mongo = mongo;
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
		Instant now = this.clock.instant();
		Bson filter = Filters.and(Filters.eq("_id", listingId), Filters.eq("status", ListingStatus.PUBLISHED.name()),
				Filters.ne("madeToOrder", true), Filters.gte("stock", quantity), Filters.ne(HOLDS, key));
		Bson update = SearchVisibleChange.update(now, Updates.inc("stock", -quantity), Updates.push(HOLDS, key),
				Updates.set("updatedAt", Date.from(now)));
		return collection().flatMap((listings) -> Mono.from(listings.updateOne(filter, update))).flatMap((result) -> {
			if (result.getModifiedCount() == 1) {
				return soldOutAtZero(listingId, now).thenReturn(true);
			}
			return held(listingId, key);
		}).doOnNext((reserved) -> this.sync.listingsChanged());
	}

	/**
	 * The same decrement without the stock guard, for the benchmark that measures what
	 * the guard costs. Never used by checkout: it can oversell.
	 */
	public Mono<Boolean> reserveUnguarded(String listingId, String key, int quantity) {
		Instant now = this.clock.instant();
		Bson filter = Filters.and(Filters.eq("_id", listingId), Filters.eq("status", ListingStatus.PUBLISHED.name()));
		Bson update = SearchVisibleChange.update(now, Updates.inc("stock", -quantity), Updates.push(HOLDS, key),
				Updates.set("updatedAt", Date.from(now)));
		return collection().flatMap((listings) -> Mono.from(listings.updateOne(filter, update)))
			.map((result) -> result.getModifiedCount() == 1);
	}

	/**
	 * Gives a reservation's pieces back, once: a SOLD_OUT listing with stock again is
	 * PUBLISHED again.
	 * @return true when this call gave the stock back, false when it was not held (never
	 * reserved or already released)
	 */
	public Mono<Boolean> release(String listingId, String key, int quantity) {
		Instant now = this.clock.instant();
		Bson filter = Filters.and(Filters.eq("_id", listingId), Filters.eq(HOLDS, key));
		Bson update = SearchVisibleChange.update(now, Updates.inc("stock", quantity), Updates.pull(HOLDS, key),
				Updates.set("updatedAt", Date.from(now)));
		return collection().flatMap((listings) -> Mono.from(listings.updateOne(filter, update))).flatMap((result) -> {
			if (result.getModifiedCount() != 1) {
				return Mono.just(false);
			}
			return backOnSale(listingId, now).thenReturn(true);
		}).doOnNext((released) -> {
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
		return collection()
			.flatMap((listings) -> Mono.from(listings.updateOne(
					Filters.and(Filters.eq("_id", listingId), Filters.eq(HOLDS, key)), Updates.pull(HOLDS, key))))
			.map((result) -> result.getModifiedCount() == 1);
	}

	/** The listing's stock now (0 when there is no such listing). */
	public Mono<Integer> stockOf(String listingId) {
		return collection().flatMap((listings) -> Mono.from(listings.find(Filters.eq("_id", listingId)).first()))
			.map((document) -> {
				Number stock = document.get("stock", Number.class);
				return (stock != null) ? stock.intValue() : 0;
			})
			.defaultIfEmpty(0);
	}

	private Mono<Boolean> held(String listingId, String key) {
		return collection()
			.flatMap((listings) -> Mono
				.from(listings.countDocuments(Filters.and(Filters.eq("_id", listingId), Filters.eq(HOLDS, key)))))
			.map((count) -> count > 0);
	}

	private Mono<Void> soldOutAtZero(String listingId, Instant now) {
		Bson filter = Filters.and(Filters.eq("_id", listingId), Filters.eq("status", ListingStatus.PUBLISHED.name()),
				Filters.ne("madeToOrder", true), Filters.lte("stock", 0));
		return collection()
			.flatMap((listings) -> Mono.from(listings.updateOne(filter, SearchVisibleChange.update(now,
					Updates.set("status", ListingStatus.SOLD_OUT.name()), Updates.set("updatedAt", Date.from(now))))))
			.then();
	}

	private Mono<Void> backOnSale(String listingId, Instant now) {
		Bson filter = Filters.and(Filters.eq("_id", listingId), Filters.eq("status", ListingStatus.SOLD_OUT.name()),
				Filters.gt("stock", 0));
		return collection()
			.flatMap((listings) -> Mono.from(listings.updateOne(filter, SearchVisibleChange.update(now,
					Updates.set("status", ListingStatus.PUBLISHED.name()), Updates.set("updatedAt", Date.from(now))))))
			.then();
	}

	private Mono<com.mongodb.reactivestreams.client.MongoCollection<org.bson.Document>> collection() {
		return this.mongo.getCollection(Listings.COLLECTION);
	}

}
