package ladakh.crafts.catalog.sync;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import ladakh.crafts.catalog.index.CatalogIndexAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * The MongoDB to Elasticsearch sync loop (see ARCHITECTURE.md, "Sync protocol"). On its
 * own thread, while it holds the lease: take dirty listings in batches, write them with
 * {@code version = rev, version_type = external}, then clear the dirty mark only where
 * {@code rev} is still the one written ({@link SyncBatches}). Between batches it runs a
 * requested full rebuild a page at a time, so every batch during a rebuild goes to both
 * indices.
 * <p>
 * Which listings: first those writers named ({@link #listingsChanged(Collection)}, looked
 * up by id), then those the {@link DirtyScanner} found on its own thread (changes made by
 * other processes, or a name lost in a crash). Elasticsearch down: backs off, logs once
 * per outage, catches up when it returns.
 */
public class CatalogSync implements CatalogSyncTrigger, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CatalogSync.class);

	private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

	/** Named listings kept for the next batches at most; beyond, a scan instead. */
	private static final int MAX_HINTS = 10_000;

	/** Dirty listings one scan hands over at most, in batches. */
	private static final int MAX_SCANNED_BATCHES = 200;

	private final CatalogIndexAdmin admin;

	private final CatalogListingRepository listings;

	private final SyncLeaseRepository lease;

	private final SyncStateRepository state;

	private final SyncMetrics metrics;

	private final CatalogSyncProperties properties;

	private final Clock clock;

	private final Semaphore wake = new Semaphore(0);

	/** Listing ids writers said they changed, not yet looked up (in arrival order). */
	private final Set<String> hinted = new LinkedHashSet<>();

	private final DirtyScanner scanner;

	private final SyncBatches batches;

	private final FullRebuild rebuild;

	private volatile Thread thread;

	private volatile boolean running;

	private boolean held;

	private String physical;

	private Duration backoff = Duration.ZERO;

	private boolean outage;

	CatalogSync(CatalogListingRepository listings, ListingSource source, IndexWriter writer, CatalogIndexAdmin admin,
			SyncLeaseRepository lease, SyncStateRepository state, SyncMetrics metrics, CatalogSyncProperties properties,
			Clock clock) {
		this.admin = admin;
		this.lease = lease;
		this.state = state;
		this.metrics = metrics;
		this.properties = properties;
		this.clock = clock;
		this.listings = listings;
		this.scanner = new DirtyScanner(listings, metrics, properties.pollInterval(), properties.metricsInterval(),
				properties.batchSize() * MAX_SCANNED_BATCHES, properties.batchSize(), clock, this.wake::release);
		this.batches = new SyncBatches(listings, source, writer, metrics,
				new RetrySchedule(FIRST_BACKOFF, properties.maxBackoff()), properties.batchSize(), clock);
		this.rebuild = new FullRebuild(source, writer, admin, state, properties, clock);
	}

	@Override
	public void listingsChanged() {
		this.scanner.request();
		this.wake.release();
	}

	/**
	 * The ids are looked up directly ({@code _id} in the ids and dirty) before anything
	 * the scanner found.
	 */
	@Override
	public void listingsChanged(Collection<String> listingIds) {
		if (listingIds == null || listingIds.isEmpty()) {
			return;
		}
		synchronized (this.hinted) {
			if (this.hinted.size() + listingIds.size() > MAX_HINTS) {
				// Far behind (or not the writer): a scan finds them all anyway.
				this.hinted.clear();
				this.scanner.request();
			}
			else {
				this.hinted.addAll(listingIds);
			}
		}
		this.wake.release();
	}

	/** Named listings first, then scanned ones, one batch at most. */
	private List<String> nextIds(int max) {
		List<String> taken = new ArrayList<>(max);
		synchronized (this.hinted) {
			Iterator<String> ids = this.hinted.iterator();
			while (ids.hasNext() && taken.size() < max) {
				taken.add(ids.next());
				ids.remove();
			}
		}
		if (taken.size() < max) {
			taken.addAll(this.scanner.take(max - taken.size()));
		}
		return taken;
	}

	private boolean moreWaiting() {
		synchronized (this.hinted) {
			if (!this.hinted.isEmpty()) {
				return true;
			}
		}
		return this.scanner.hasQueued();
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.batches.open("catalog-sync-bulk-" + this.lease.holder());
		this.scanner.start("catalog-sync-scan-" + this.lease.holder());
		this.thread = SyncThreads.start("catalog-sync-" + this.lease.holder(), this::loop);
	}

	@Override
	public void stop() {
		Thread loop;
		synchronized (this) {
			this.running = false;
			loop = this.thread;
		}
		SyncThreads.interruptAndJoin(loop);
		this.scanner.stop();
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
					this.batches.abandon();
					this.scanner.request();
					this.backoff = nextBackoff();
				}
				catch (Error error) {
					// The process is broken: stop where we are, as a killed process
					// would,
					// clearing no mark and releasing no lease (it expires).
					log.error("Catalog sync {} ends on an error", this.lease.holder(), error);
					this.running = false;
					return;
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
			this.scanner.feeding(false);
			this.batches.close();
			log.info("Catalog sync {} stopped", this.lease.holder());
		}
	}

	/**
	 * One turn: lease, bootstrap, one batch of dirty listings, one page of a rebuild.
	 * @return whether there is more work at once
	 */
	boolean step() throws IOException {
		boolean wasHeld = this.held;
		this.held = this.lease.acquireOrRenew();
		this.metrics.leaseHeld(this.held);
		this.scanner.feeding(this.held);
		if (!this.held) {
			if (wasHeld) {
				log.info("Catalog sync {} lost the lease; it stops writing", this.lease.holder());
			}
			this.physical = null;
			this.rebuild.abandon();
			this.batches.abandon();
			synchronized (this.hinted) {
				// The lease holder finds these by its scan; do not keep them meanwhile.
				this.hinted.clear();
			}
			return false;
		}
		// (once: a no-op after it succeeded)
		this.listings.createIndexes().block();
		if (!wasHeld) {
			this.scanner.request();
		}
		if (!wasHeld || this.physical == null) {
			bootstrap();
		}
		if (!this.rebuild.running()) {
			// A batch still in flight went to the served index only; the rebuild reads
			// every listing after this point, so the new index gets it (or newer) too.
			this.rebuild.startIfRequested(this.physical);
		}
		List<String> targets = this.rebuild.running() ? this.rebuild.targets() : List.of(this.admin.alias());
		boolean inFlight = this.batches.advance(nextIds(this.properties.batchSize()), targets, !this.rebuild.running());
		if (this.batches.takeIndexMissing()) {
			// The alias or index was deleted behind our back: bootstrap again.
			this.physical = null;
		}
		if (this.rebuild.running()) {
			String swappedTo = this.rebuild.page();
			if (swappedTo != null) {
				this.physical = swappedTo;
			}
			return true;
		}
		return inFlight || moreWaiting();
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

	private void unavailable(Exception ex) {
		this.metrics.unavailable();
		if (!this.outage) {
			this.outage = true;
			log.warn("Catalog sync: Elasticsearch is unavailable ({}); listing changes wait in MongoDB and are "
					+ "indexed when it returns", ex.getMessage());
		}
		this.physical = null;
		this.batches.abandon();
		this.backoff = nextBackoff();
	}

	private void recovered() {
		if (this.outage) {
			this.outage = false;
			log.info("Catalog sync: Elasticsearch is back; catching up");
			// Listings named or queued during the outage were dropped with the failed
			// batches; a scan finds them.
			this.scanner.request();
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

}
