package ladakh.crafts.loadtests.benchmarks;

import java.time.Instant;
import java.util.Date;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import ladakh.crafts.catalog.sync.SearchVisibleChange;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

/**
 * The checkout benchmark's stock reservation without the guard: the same writes as the
 * catalog's {@code StockReservations.reserve} (the decrement with the reservation key,
 * the search-visible change mark, the SOLD_OUT flip at zero, the sync trigger) without
 * its conditions ({@code stock >= quantity}, not made to order, key not held yet). It can
 * oversell, which is what the benchmark measures it against; it lives here, not in the
 * application, because nothing but the benchmark may ever take stock this way.
 */
final class UnguardedReservations {

	private final MongoCollection<Document> listings;

	private final Runnable syncTrigger;

	UnguardedReservations(MongoCollection<Document> listings, Runnable syncTrigger) {
		this.listings = listings;
		this.syncTrigger = syncTrigger;
	}

	Mono<Boolean> reserve(String listingId, String key, int quantity) {
		Instant now = Instant.now();
		Bson filter = Filters.and(Filters.eq("_id", listingId), Filters.eq("status", "PUBLISHED"));
		Bson update = SearchVisibleChange.update(now, Updates.inc("stock", -quantity), Updates.push("holds", key),
				Updates.set("updatedAt", Date.from(now)));
		return Mono.from(this.listings.updateOne(filter, update))
			.flatMap((result) -> (result.getModifiedCount() == 1) ? soldOutAtZero(listingId, now).thenReturn(true)
					: Mono.just(false))
			.doOnNext((reserved) -> this.syncTrigger.run());
	}

	private Mono<Void> soldOutAtZero(String listingId, Instant now) {
		Bson filter = Filters.and(Filters.eq("_id", listingId), Filters.eq("status", "PUBLISHED"),
				Filters.ne("madeToOrder", true), Filters.lte("stock", 0));
		return Mono.from(this.listings.updateOne(filter, SearchVisibleChange.update(now,
				Updates.set("status", "SOLD_OUT"), Updates.set("updatedAt", Date.from(now)))))
			.then();
	}

}
