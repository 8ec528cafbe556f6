package ladakh.crafts.catalog.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import reactor.core.publisher.Mono;

/**
 * The single-writer lease in {@code catalog_sync}: {@code {_id: "lease", holder,
 * expiresAt}}. Acquired and renewed by one conditional update (free, expired, or already
 * mine), so with several indexer processes exactly one writes to Elasticsearch.
 */
class SyncLeaseRepository {

	private final MongoCollection<Document> collection;

	private final String id;

	private final String holder;

	private final Duration duration;

	private final Clock clock;

	private volatile boolean exists;

	SyncLeaseRepository(MongoDatabase database, String id, String holder, Duration duration, Clock clock) {
		this.collection = database.getCollection(SyncNames.COLLECTION);
		this.id = id;
		this.holder = holder;
		this.duration = duration;
		this.clock = clock;
	}

	/** The lease as a reader sees it (the status service), holding nothing. */
	static SyncLeaseRepository reader(MongoDatabase database, String id, Clock clock) {
		return new SyncLeaseRepository(database, id, null, Duration.ZERO, clock);
	}

	String holder() {
		return this.holder;
	}

	/** Who holds the lease at {@code now}: empty when nobody does (free or expired). */
	Mono<String> holderAt(Instant now) {
		return Mono.from(this.collection.find(Filters.eq("_id", this.id)).first())
			.filter((lease) -> lease.get("expiresAt") instanceof Date expires && expires.toInstant().isAfter(now))
			.mapNotNull((lease) -> lease.getString("holder"));
	}

	/**
	 * Takes or renews the lease.
	 * @return whether this holder has it until {@code now + duration}
	 */
	boolean acquireOrRenew() {
		Instant now = this.clock.instant();
		ensureExists();
		UpdateResult result = Mono.from(
				this.collection
					.updateOne(
							Filters.and(Filters.eq("_id", this.id),
									Filters.or(Filters.eq("holder", this.holder),
											Filters.lt("expiresAt", Date.from(now)))),
							Updates.combine(Updates.set("holder", this.holder),
									Updates.set("expiresAt", Date.from(now.plus(this.duration))))))
			.block();
		return result != null && result.getMatchedCount() == 1;
	}

	/** Gives the lease up (on a clean stop) so another process need not wait it out. */
	void release() {
		Mono.from(this.collection.updateOne(Filters.and(Filters.eq("_id", this.id), Filters.eq("holder", this.holder)),
				Updates.set("expiresAt", new Date(0))))
			.block();
	}

	private void ensureExists() {
		if (this.exists) {
			return;
		}
		try {
			Mono.from(this.collection
				.insertOne(new Document("_id", this.id).append("holder", null).append("expiresAt", new Date(0))))
				.block();
		}
		catch (MongoWriteException ex) {
			if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
				throw ex;
			}
		}
		this.exists = true;
	}

}
