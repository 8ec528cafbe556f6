package ladakh.crafts.marketplace.catalog;

import java.time.Instant;
import java.util.Date;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

import ladakh.crafts.catalog.sync.SearchVisibleChange;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Buyers' side of a listing's stock, on the same documents as {@link ListingRepository}:
 * each reservation is ONE single-document update whose filter is the rule (published, not
 * made to order, enough pieces, key not yet held) and which takes the pieces and records
 * the key together, so concurrent checkouts never oversell and a retried key is taken or
 * given back at most once (docs/decisions/0022). Deciding in memory and writing back
 * would need a retry loop per buyer on a busy piece; the guarded increment needs none.
 */
@Repository
class ListingStockRepository {

	/** The listing field holding the keys of live reservations. */
	static final String HOLDS = "holds";

	private final ReactiveMongoTemplate mongo;

	ListingStockRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Takes the pieces under the key if the listing is on sale with enough of them. */
	Mono<Boolean> take(String listingId, String key, int quantity, Instant now) {
		Bson filter = Filters.and(Filters.eq("_id", listingId), Filters.eq("status", ListingStatus.PUBLISHED.name()),
				Filters.ne("madeToOrder", true), Filters.gte("stock", quantity), Filters.ne(HOLDS, key));
		return taken(filter, listingId, key, quantity, now);
	}

	private Mono<Boolean> taken(Bson filter, String listingId, String key, int quantity, Instant now) {
		Bson update = SearchVisibleChange.update(now, Updates.inc("stock", -quantity), Updates.push(HOLDS, key),
				Updates.set("updatedAt", Date.from(now)));
		return collection().flatMap((listings) -> Mono.from(listings.updateOne(filter, update)))
			.flatMap((result) -> (result.getModifiedCount() == 1) ? soldOutAtZero(listingId, now).thenReturn(true)
					: Mono.just(false));
	}

	/** Whether the listing holds pieces under this key. */
	Mono<Boolean> holds(String listingId, String key) {
		return collection()
			.flatMap((listings) -> Mono
				.from(listings.countDocuments(Filters.and(Filters.eq("_id", listingId), Filters.eq(HOLDS, key)))))
			.map((count) -> count > 0);
	}

	/** Gives the key's pieces back, if it is still held; back on sale from SOLD_OUT. */
	Mono<Boolean> giveBack(String listingId, String key, int quantity, Instant now) {
		Bson filter = Filters.and(Filters.eq("_id", listingId), Filters.eq(HOLDS, key));
		Bson update = SearchVisibleChange.update(now, Updates.inc("stock", quantity), Updates.pull(HOLDS, key),
				Updates.set("updatedAt", Date.from(now)));
		return collection().flatMap((listings) -> Mono.from(listings.updateOne(filter, update)))
			.flatMap((result) -> (result.getModifiedCount() == 1) ? backOnSale(listingId, now).thenReturn(true)
					: Mono.just(false));
	}

	/**
	 * Adds pieces back without a key (the caller made the release happen once).
	 * @return whether the listing was there
	 */
	Mono<Boolean> addBack(String listingId, int quantity, Instant now) {
		return collection()
			.flatMap((listings) -> Mono.from(listings.updateOne(Filters.eq("_id", listingId),
					SearchVisibleChange.update(now, Updates.inc("stock", quantity)))))
			.flatMap((result) -> (result.getMatchedCount() == 0) ? Mono.just(false)
					: backOnSale(listingId, now).thenReturn(true));
	}

	/** Drops a key whose pieces were sold for good. */
	Mono<Boolean> forget(String listingId, String key) {
		return collection()
			.flatMap((listings) -> Mono.from(listings.updateOne(
					Filters.and(Filters.eq("_id", listingId), Filters.eq(HOLDS, key)), Updates.pull(HOLDS, key))))
			.map((result) -> result.getModifiedCount() == 1);
	}

	private Mono<Void> soldOutAtZero(String listingId, Instant now) {
		Bson filter = Filters.and(Filters.eq("_id", listingId), Filters.eq("status", ListingStatus.PUBLISHED.name()),
				Filters.ne("madeToOrder", true), Filters.lte("stock", 0));
		return moveStatus(filter, ListingStatus.SOLD_OUT, now);
	}

	private Mono<Void> backOnSale(String listingId, Instant now) {
		Bson filter = Filters.and(Filters.eq("_id", listingId), Filters.eq("status", ListingStatus.SOLD_OUT.name()),
				Filters.gt("stock", 0));
		return moveStatus(filter, ListingStatus.PUBLISHED, now);
	}

	private Mono<Void> moveStatus(Bson filter, ListingStatus to, Instant now) {
		return collection().flatMap((listings) -> Mono.from(listings.updateOne(filter, SearchVisibleChange.update(now,
				Updates.set("status", to.name()), Updates.set("updatedAt", Date.from(now))))))
			.then();
	}

	private Mono<MongoCollection<Document>> collection() {
		return this.mongo.getCollection(ListingRepository.COLLECTION);
	}

}
