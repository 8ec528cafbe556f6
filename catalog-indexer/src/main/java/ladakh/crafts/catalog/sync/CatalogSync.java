package ladakh.crafts.catalog.sync;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import ladakh.crafts.catalog.index.CatalogIndexAdmin;
import ladakh.crafts.catalog.index.ListingDocument;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * The MongoDB to Elasticsearch sync loop (see ARCHITECTURE.md, "Sync protocol"). On its
 * own thread, while it holds the lease: take dirty listings in batches, write them with
 * {@code version = rev, version_type = external}, then clear the dirty mark only where
 * {@code rev} is still the one written. Between batches it runs a requested full rebuild
 * a page at a time, so every batch during a rebuild goes to both indices.
 * <p>
 * Polls (the in-process MongoDB server has no change streams) and wakes at once when a
 * writer calls {@link #listingsChanged()}. Elasticsearch down: backs off, logs once per
 * outage, catches up when it returns.
 */
public class CatalogSync implements CatalogSyncTrigger, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CatalogSync.class);

	private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

	/** Named listings kept for the next batches at most; beyond, a scan instead. */
	private static final int MAX_HINTS = 10_000;

	private final MongoCollection<Document> listings;

	private final ListingSource source;

	private final IndexWriter writer;

	private final CatalogIndexAdmin admin;

	private final SyncLease lease;

	private final SyncState state;

	private final SyncMetrics metrics;

	private final CatalogSyncProperties properties;

	private final Clock clock;

	private final SyncHooks hooks;

	private final Semaphore wake = new Semaphore(0);

	/** Listing ids writers said they changed, not yet looked up (in arrival order). */
	private final Set<String> hinted = new java.util.LinkedHashSet<>();

	/** A writer changed listings without saying which: scan at the next step. */
	private volatile boolean scanRequested = true;

	private Instant nextScan = Instant.EPOCH;

	private long lastDirtyCount;

	private final Map<String, Retry> retries = new HashMap<>();

	private final FullRebuild rebuild;

	private volatile Thread thread;

	private volatile boolean running;

	private boolean held;

	private String physical;

	private Duration backoff = Duration.ZERO;

	private boolean outage;

	private Instant nextMetrics = Instant.EPOCH;

	CatalogSync(MongoDatabase database, ListingSource source, IndexWriter writer, CatalogIndexAdmin admin,
			SyncLease lease, SyncState state, SyncMetrics metrics, CatalogSyncProperties properties, Clock clock,
			SyncHooks hooks) {
		this.listings = database.getCollection(ListingSource.LISTINGS);
		this.source = source;
		this.writer = writer;
		this.admin = admin;
		this.lease = lease;
		this.state = state;
		this.metrics = metrics;
		this.properties = properties;
		this.clock = clock;
		this.hooks = hooks;
		this.rebuild = new FullRebuild(source, writer, admin, state, properties, clock);
	}

	@Override
	public void listingsChanged() {
		this.scanRequested = true;
		this.wake.release();
	}

	/**
	 * The ids are looked up directly ({@code _id} in the ids and dirty) before any scan;
	 * the periodic scan for dirty listings still finds whatever this misses (changes made
	 * by other processes, or a hint lost in a crash).
	 */
	@Override
	public void listingsChanged(java.util.Collection<String> listingIds) {
		if (listingIds == null || listingIds.isEmpty()) {
			return;
		}
		synchronized (this.hinted) {
			if (this.hinted.size() + listingIds.size() > MAX_HINTS) {
				// Far behind (or not the writer): a scan finds them all anyway.
				this.hinted.clear();
				this.scanRequested = true;
			}
			else {
				this.hinted.addAll(listingIds);
			}
		}
		this.wake.release();
	}

	private List<String> takeHints(int max) {
		synchronized (this.hinted) {
			List<String> taken = new ArrayList<>(Math.min(max, this.hinted.size()));
			java.util.Iterator<String> ids = this.hinted.iterator();
			while (ids.hasNext() && taken.size() < max) {
				taken.add(ids.next());
				ids.remove();
			}
			return taken;
		}
	}

	private boolean hintsWaiting() {
		synchronized (this.hinted) {
			return !this.hinted.isEmpty();
		}
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		Thread loop = new Thread(this::loop, "catalog-sync-" + this.lease.holder());
		loop.setDaemon(true);
		this.thread = loop;
		loop.start();
	}

	@Override
	public void stop() {
		Thread loop;
		synchronized (this) {
			this.running = false;
			loop = this.thread;
		}
		if (loop != null) {
			loop.interrupt();
			try {
				loop.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Whether this instance holds the lease (as of its last step). */
	boolean holdsLease() {
		return this.held;
	}

	private void loop() {
		log.info("Catalog sync {} started (alias {})", this.lease.holder(), this.admin.alias());
		try {
			while (this.running) {
				boolean more = false;
				try {
					more = step();
					recovered();
				}
				catch (SyncHooks.Crash crash) {
					log.warn("Catalog sync {}: {}", this.lease.holder(), crash.getMessage());
					this.running = false;
					return;
				}
				catch (ElasticsearchUnavailableException | ElasticsearchException | TransportException ex) {
					unavailable(ex);
				}
				catch (IOException ex) {
					unavailable(ex);
				}
				catch (RuntimeException ex) {
					if (!this.running) {
						break;
					}
					log.warn("Catalog sync step failed; retrying", ex);
					this.backoff = nextBackoff();
				}
				if (!more || !this.backoff.isZero()) {
					pause(this.backoff.isZero() ? this.properties.pollInterval() : this.backoff);
				}
			}
			if (this.held) {
				this.lease.release();
			}
		}
		catch (RuntimeException ex) {
			log.debug("Catalog sync stopped while releasing the lease", ex);
		}
		finally {
			this.held = false;
			this.metrics.leaseHeld(false);
			log.info("Catalog sync {} stopped", this.lease.holder());
		}
	}

	/**
	 * One turn: metrics, lease, bootstrap, one batch of dirty listings, one page of a
	 * rebuild.
	 * @return whether there is more work at once
	 */
	boolean step() throws IOException {
		measureLag(false);
		boolean wasHeld = this.held;
		this.held = this.lease.acquireOrRenew();
		this.metrics.leaseHeld(this.held);
		if (!this.held) {
			if (wasHeld) {
				log.info("Catalog sync {} lost the lease; it stops writing", this.lease.holder());
			}
			this.physical = null;
			this.rebuild.abandon();
			synchronized (this.hinted) {
				// The lease holder finds these by its scan; do not keep them meanwhile.
				this.hinted.clear();
			}
			return false;
		}
		if (!wasHeld || this.physical == null) {
			bootstrap();
		}
		if (!this.rebuild.running()) {
			this.rebuild.startIfRequested(this.physical);
		}
		boolean fullBatch = syncBatch();
		if (this.rebuild.running()) {
			String swappedTo = this.rebuild.page();
			if (swappedTo != null) {
				this.physical = swappedTo;
			}
			return true;
		}
		return fullBatch;
	}

	private void bootstrap() throws IOException {
		CatalogIndexAdmin.Bootstrap found = this.admin.bootstrap();
		this.physical = found.physical();
		this.state.recordIndex(this.admin.alias(), found.physical(), found.version());
		if (found.outdated()) {
			log.info("Catalog index {} was built by definition v{}; v{} is current: rebuilding", found.physical(),
					found.version(), this.admin.definition().version());
			this.state.requestRebuild("definition v" + this.admin.definition().version(), this.clock.instant()).block();
		}
	}

	/**
	 * One batch: the listings writers named first (looked up by id), otherwise, when a
	 * scan is due (every poll interval, when asked, or while the last scan found a full
	 * batch), the dirty listings found by a scan.
	 * @return whether more are probably waiting
	 */
	private boolean syncBatch() {
		Instant now = this.clock.instant();
		this.retries.values().removeIf((retry) -> retry.expired(now));
		List<Document> dirty;
		boolean full;
		List<String> hints = takeHints(this.properties.batchSize());
		if (!hints.isEmpty()) {
			dirty = this.source.dirtyAmong(hints, waiting(now));
			full = hintsWaiting();
		}
		else if (this.scanRequested || !now.isBefore(this.nextScan)) {
			this.scanRequested = false;
			this.nextScan = now.plus(this.properties.pollInterval());
			dirty = this.source.dirty(this.properties.batchSize(), waiting(now));
			full = dirty.size() >= this.properties.batchSize();
			this.scanRequested = full || this.scanRequested;
		}
		else {
			return false;
		}
		if (dirty.isEmpty()) {
			return full;
		}
		boolean small = dirty.size() < this.properties.batchSize();
		List<ListingDocument> documents = this.source.documents(dirty);
		List<String> targets = this.rebuild.running() ? this.rebuild.targets() : List.of(this.admin.alias());
		IndexWriter.Outcome written = this.writer.write(documents, targets, small, !this.rebuild.running());
		Map<String, String> failed = new java.util.LinkedHashMap<>(written.failed());
		Set<String> built = new java.util.HashSet<>();
		documents.forEach((document) -> built.add(document.id()));
		dirty.stream()
			.map((listing) -> String.valueOf(listing.get("_id")))
			.filter((id) -> !built.contains(id))
			.forEach((id) -> failed.put(id, "not a valid listing document"));
		IndexWriter.Outcome outcome = new IndexWriter.Outcome(written.written(), failed);
		this.hooks.afterBulk(documents.stream().map(ListingDocument::id).toList());
		clearDirty(documents, outcome.written());
		outcome.failed().forEach((id, reason) -> {
			Retry retry = this.retries.merge(id, new Retry(1, now), (old, fresh) -> old.next(now));
			retry.schedule(now, this.properties.maxBackoff());
			log.warn("Catalog sync: listing {} not indexed (attempt {}): {}", id, retry.attempts, reason);
		});
		outcome.written().forEach(this.retries::remove);
		if (outcome.failed().values().stream().anyMatch((reason) -> reason.contains("index_not_found"))) {
			// The alias or index was deleted behind our back: bootstrap again.
			this.physical = null;
		}
		this.metrics.batch(documents.size(), outcome.written().size(), outcome.failed().size());
		if (small && !full && this.lastDirtyCount > 0) {
			// Caught up after a backlog: show the lag falling at once.
			measureLag(true);
		}
		return full;
	}

	/** Clears the mark only where {@code rev} is still the one written. */
	private void clearDirty(List<ListingDocument> documents, Set<String> written) {
		List<WriteModel<Document>> clears = new ArrayList<>();
		for (ListingDocument document : documents) {
			if (written.contains(document.id())) {
				clears.add(new UpdateOneModel<>(
						Filters.and(Filters.eq("_id", document.id()),
								Filters.eq(SearchVisibleChange.REV, document.rev())),
						Updates.combine(Updates.set(SearchVisibleChange.DIRTY, false),
								Updates.unset(SearchVisibleChange.DIRTY_SINCE))));
			}
		}
		if (!clears.isEmpty()) {
			Mono.from(this.listings.bulkWrite(clears, new BulkWriteOptions().ordered(false))).block();
		}
	}

	private Set<String> waiting(Instant now) {
		Set<String> ids = new java.util.HashSet<>();
		this.retries.forEach((id, retry) -> {
			if (retry.notBefore.isAfter(now)) {
				ids.add(id);
			}
		});
		return ids;
	}

	/**
	 * Sync lag = age of the oldest unsynced change, and the number of dirty listings;
	 * refreshed at most once a metrics interval. One pass over the dirty listings
	 * ({@code $group} with {@code $min}, which skips a missing {@code dirtySince}) rather
	 * than a sort by {@code dirtySince} plus a count: on the in-process server, which has
	 * no index on {@code dirty}, each of those was a pass over every listing, and the
	 * sort of a large backlog dominated the sync's own time.
	 */
	private void measureLag(boolean force) {
		Instant now = this.clock.instant();
		if (!force && now.isBefore(this.nextMetrics)) {
			return;
		}
		this.nextMetrics = now.plus(this.properties.metricsInterval());
		Document summary = Mono
			.from(this.listings.aggregate(
					List.of(Aggregates.match(Filters.eq(SearchVisibleChange.DIRTY, true)),
							Aggregates.group(null, Accumulators.sum("dirty", 1),
									Accumulators.min("oldest", "$" + SearchVisibleChange.DIRTY_SINCE))))
				.first())
			.block();
		this.lastDirtyCount = (summary != null) ? ((Number) summary.get("dirty")).longValue() : 0L;
		long lag = (summary != null && summary.get("oldest") instanceof Date since)
				? now.toEpochMilli() - since.getTime() : 0L;
		this.metrics.lag(lag, this.lastDirtyCount);
	}

	private void unavailable(Exception ex) {
		this.metrics.unavailable();
		if (!this.outage) {
			this.outage = true;
			log.warn("Catalog sync: Elasticsearch is unavailable ({}); listing changes wait in MongoDB and are "
					+ "indexed when it returns", ex.getMessage());
		}
		this.physical = null;
		this.backoff = nextBackoff();
		try {
			measureLag(false);
		}
		catch (RuntimeException mongoDown) {
			log.debug("Catalog sync: lag not measured", mongoDown);
		}
	}

	private void recovered() {
		if (this.outage) {
			this.outage = false;
			log.info("Catalog sync: Elasticsearch is back; catching up");
		}
		this.backoff = Duration.ZERO;
	}

	private Duration nextBackoff() {
		Duration next = this.backoff.isZero() ? FIRST_BACKOFF : this.backoff.multipliedBy(2);
		return (next.compareTo(this.properties.maxBackoff()) > 0) ? this.properties.maxBackoff() : next;
	}

	private void pause(Duration duration) {
		try {
			if (this.wake.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS)) {
				this.wake.drainPermits();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	/** A listing the index refused, waiting for its next attempt. */
	private static final class Retry {

		private final int attempts;

		private Instant notBefore;

		private Instant lastFailure;

		Retry(int attempts, Instant at) {
			this.attempts = attempts;
			this.lastFailure = at;
			this.notBefore = at;
		}

		Retry next(Instant at) {
			return new Retry(this.attempts + 1, at);
		}

		void schedule(Instant now, Duration max) {
			long millis = Math.min(max.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(this.attempts, 16));
			this.notBefore = now.plusMillis(millis);
		}

		boolean expired(Instant now) {
			return this.lastFailure.plus(Duration.ofHours(1)).isBefore(now);
		}

	}

}
