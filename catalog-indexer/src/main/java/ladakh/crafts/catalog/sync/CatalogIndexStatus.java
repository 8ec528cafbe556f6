package ladakh.crafts.catalog.sync;

import java.time.Clock;
import java.time.Instant;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
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

	private final CatalogListingRepository listings;

	private final SyncStateRepository state;

	private final SyncLeaseRepository lease;

	private final CatalogSyncTrigger trigger;

	private final Clock clock;

	CatalogIndexStatus(CatalogIndexAdmin admin, ElasticsearchClient elasticsearch, MongoDatabase database,
			SyncNames names, CatalogSyncTrigger trigger, Clock clock) {
		// The trigger wakes an in-process loop at once; another process's loop sees the
		// request at its next poll.
		this.admin = admin;
		this.elasticsearch = elasticsearch;
		this.listings = new CatalogListingRepository(database);
		this.state = new SyncStateRepository(database, names.stateId());
		this.lease = SyncLeaseRepository.reader(database, names.leaseId(), clock);
		this.trigger = trigger;
		this.clock = clock;
	}

	/**
	 * The current status; Elasticsearch being down is part of the answer, not an error.
	 */
	public Mono<IndexStatus> current() {
		Instant now = this.clock.instant();
		Mono<Document> stored = this.state.readLater().defaultIfEmpty(new Document());
		Mono<String> holder = this.lease.holderAt(now).defaultIfEmpty("");
		// (the index the dirty reads need is declared once, before the first of them)
		Mono<Long> dirty = this.listings.createIndexes().then(this.listings.dirtyCount());
		Mono<Long> lag = this.listings.createIndexes()
			.then(this.listings.oldestMark())
			.map((since) -> Math.max(0, (now.toEpochMilli() - since.toEpochMilli()) / 1000))
			.defaultIfEmpty(0L);
		Mono<EngineView> engine = Mono.fromCallable(this::engineView).subscribeOn(Schedulers.boundedElastic());
		return Mono.zip(stored, holder, dirty, lag, engine).map((t) -> {
			String holding = t.getT2().isEmpty() ? null : t.getT2();
			RebuildProgress rebuild = RebuildProgress.of(t.getT1().get("rebuild"));
			RebuildProgress last = RebuildProgress.of(t.getT1().get("lastCompletedRebuild"));
			return new IndexStatus(this.admin.alias(), t.getT5().physical(), t.getT5().version(),
					this.admin.definition().version(), t.getT5().count(), t.getT5().health(), t.getT4(), t.getT3(),
					holding, last, (rebuild != null && rebuild.inProgress()) ? rebuild : null);
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
