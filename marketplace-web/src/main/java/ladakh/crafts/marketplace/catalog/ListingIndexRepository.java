package ladakh.crafts.marketplace.catalog;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import ladakh.crafts.catalog.sync.CatalogSyncTrigger;
import ladakh.crafts.catalog.sync.SearchVisibleChange;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * The indexes that serve {@link ListingRepository}'s queries (decision 0046), and the
 * fields written once per database (system.backfill) into listings stored before the
 * application wrote them itself, so the queries that ask for them find every listing.
 */
@Repository
class ListingIndexRepository {

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final CatalogSyncTrigger sync;

	ListingIndexRepository(ReactiveMongoTemplate mongo, Clock clock, CatalogSyncTrigger sync) {
		this.mongo = mongo;
		this.clock = clock;
		this.sync = sync;
	}

	/**
	 * The indexes of a seller's listings, the queues by status and a seller's first
	 * publication (decision 0046).
	 */
	Mono<Void> createIndexes() {
		return this.mongo.getCollection(ListingRepository.COLLECTION)
			.flatMapMany(
					(listings) -> listings.createIndexes(List.of(
							new IndexModel(
									Indexes.compoundIndex(Indexes.ascending("sellerId"),
											Indexes.descending("updatedAt"), Indexes.descending("_id")),
									new IndexOptions().name("sellerId_updatedAt")),
							new IndexModel(Indexes.ascending("status", "updatedAt", "_id"),
									new IndexOptions().name("status_updatedAt")),
							new IndexModel(Indexes.ascending("sellerId", "publishedAt"),
									new IndexOptions().name("sellerId_publishedAt")))))
			.then();
	}

	/**
	 * Gives listings stored live without {@code publishedAt} (demo and scale data loaded
	 * before it was written) their creation time as first publication, so that
	 * {@link ListingRepository#hasBeenPublished} finds them. Reads every live listing:
	 * run once per database (system.backfill). Idempotent: a listing that has the field
	 * keeps it.
	 * @return how many listings were given it
	 */
	Mono<Long> backfillPublishedAt() {
		Bson missing = Filters.and(Filters.in("status", ListingRepository.names(ListingRepository.LIVE)),
				Filters.eq("publishedAt", null));
		return this.mongo.getCollection(ListingRepository.COLLECTION)
			.flatMapMany((listings) -> Flux
				.from(listings.find(missing).projection(new Document("_id", 1).append("createdAt", 1)))
				.buffer(500)
				.concatMap((batch) -> Mono.from(listings.bulkWrite(batch.stream().map(this::firstPublication).toList(),
						new BulkWriteOptions().ordered(false)))))
			.map((result) -> (long) result.getModifiedCount())
			.reduce(0L, Long::sum)
			.doOnNext((count) -> {
				if (count > 0) {
					this.sync.listingsChanged();
				}
			});
	}

	/** Its creation as first publication, unless it was given one meanwhile. */
	private WriteModel<Document> firstPublication(Document listing) {
		Object created = (listing.get("createdAt") != null) ? listing.get("createdAt")
				: Date.from(this.clock.instant());
		return new UpdateOneModel<>(Filters.and(Filters.eq("_id", listing.get("_id")), Filters.eq("publishedAt", null)),
				SearchVisibleChange.update(this.clock.instant(), Updates.set("publishedAt", created)));
	}

}
