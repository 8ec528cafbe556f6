package ladakh.crafts.catalog.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import ladakh.crafts.catalog.index.CatalogIndexAdmin;
import org.bson.Document;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What staff and monitoring see of the index and its sync, and the one action they have:
 * asking for a full rebuild. Works in any process, whether or not it runs the sync loop
 * itself (the state lives in MongoDB).
 */
public class CatalogIndexStatus {

	private final CatalogIndexAdmin admin;

	private final ElasticsearchClient elasticsearch;

	private final MongoCollection<Document> listings;

	private final MongoCollection<Document> syncCollection;

	private final SyncState state;

	private final String leaseId;

	private final CatalogSyncTrigger trigger;

	private final Clock clock;

	CatalogIndexStatus(CatalogIndexAdmin admin, ElasticsearchClient elasticsearch, MongoDatabase database,
			SyncNames names, CatalogSyncTrigger trigger, Clock clock) {
		// The trigger wakes an in-process loop at once; another process's loop sees the
		// request at its next poll.
		this.admin = admin;
		this.elasticsearch = elasticsearch;
		this.listings = database.getCollection(ListingSource.LISTINGS);
		this.syncCollection = database.getCollection(SyncNames.COLLECTION);
		this.state = new SyncState(this.syncCollection, names.stateId());
		this.leaseId = names.leaseId();
		this.trigger = trigger;
		this.clock = clock;
	}

	/**
	 * The current status; Elasticsearch being down is part of the answer, not an error.
	 */
	public Mono<IndexStatus> current() {
		Instant now = this.clock.instant();
		Mono<Document> stored = this.state.readLater().defaultIfEmpty(new Document());
		Mono<Document> lease = Mono.from(this.syncCollection.find(Filters.eq("_id", this.leaseId)).first())
			.defaultIfEmpty(new Document());
		Mono<Long> dirty = Mono.from(this.listings.countDocuments(Filters.eq(SearchVisibleChange.DIRTY, true)));
		Mono<Long> lag = Mono
			.from(this.listings
				.find(Filters.and(Filters.eq(SearchVisibleChange.DIRTY, true),
						Filters.exists(SearchVisibleChange.DIRTY_SINCE)))
				.sort(Sorts.ascending(SearchVisibleChange.DIRTY_SINCE))
				.projection(Projections.include(SearchVisibleChange.DIRTY_SINCE))
				.first())
			.map((oldest) -> (oldest.get(SearchVisibleChange.DIRTY_SINCE) instanceof Date since)
					? Math.max(0, (now.toEpochMilli() - since.getTime()) / 1000) : 0L)
			.defaultIfEmpty(0L);
		Mono<EngineView> engine = Mono.fromCallable(this::engineView).subscribeOn(Schedulers.boundedElastic());
		return Mono.zip(stored, lease, dirty, lag, engine).map((t) -> {
			Document leaseDoc = t.getT2();
			String holder = (leaseDoc.get("expiresAt") instanceof Date expires && expires.toInstant().isAfter(now))
					? leaseDoc.getString("holder") : null;
			RebuildProgress rebuild = RebuildProgress.of(t.getT1().get("rebuild"));
			RebuildProgress last = RebuildProgress.of(t.getT1().get("lastCompletedRebuild"));
			return new IndexStatus(this.admin.alias(), t.getT5().physical(), t.getT5().version(),
					this.admin.definition().version(), t.getT5().count(), t.getT5().health(), t.getT4(), t.getT3(),
					holder, last, (rebuild != null && rebuild.inProgress()) ? rebuild : null);
		});
	}

	/**
	 * Asks the lease holder to rebuild the index.
	 * @param requestedBy who asks (kept with the rebuild)
	 * @return {@code false} when a rebuild is already requested or running
	 */
	public Mono<Boolean> requestRebuild(String requestedBy) {
		return this.state.requestRebuild(requestedBy, this.clock.instant()).doOnNext((accepted) -> {
			if (accepted) {
				this.trigger.listingsChanged();
			}
		});
	}

	private EngineView engineView() {
		try {
			String health = this.elasticsearch.cluster().health().status().jsonValue();
			String physical = this.admin.physicalIndex().orElse(null);
			if (physical == null) {
				return new EngineView(null, 0, 0, health);
			}
			int version = this.admin.definitionVersion(physical);
			long count = this.elasticsearch.count((c) -> c.index(physical)).count();
			return new EngineView(physical, version, count, health);
		}
		catch (Exception ex) {
			return new EngineView(null, 0, -1, "unreachable");
		}
	}

	private record EngineView(String physical, int version, long count, String health) {

	}

}
