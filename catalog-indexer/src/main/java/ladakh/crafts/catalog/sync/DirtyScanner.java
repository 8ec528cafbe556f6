package ladakh.crafts.catalog.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

/**
 * Finds the dirty listings nobody named, on its own thread, so that a pass over the
 * listings never delays the listings writers name (the sync looks those up by id). A pass
 * reads the dirty listings through the index on {@code dirty} (declared by
 * {@link CatalogListingRepository}), on a real MongoDB and on the in-process server
 * alike.
 * <p>
 * One pass reads the id and {@code dirtySince} of every dirty listing: it publishes the
 * lag (oldest {@code dirtySince}) and the dirty count, and, while this process holds the
 * lease, queues up to {@code limit} ids for the sync. The next pass starts when the sync
 * has taken every queued id and a poll interval has passed since then and since the last
 * pass (at once when asked). Unasked, it never starts sooner than {@value #SPACING} times
 * the last pass's duration after it, or {@value #IDLE_SPACING} times after a pass that
 * found nothing, which keeps passes to a small share of a core however many listings are
 * dirty (a pass reads the dirty ones only; with few, the poll interval rules).
 */
final class DirtyScanner {

	private static final Logger log = LoggerFactory.getLogger(DirtyScanner.class);

	/** Batches a pass's probe hands over before the full pass. */
	static final int PROBE_BATCHES = 4;

	/** The least gap between unasked passes, in multiples of the last pass's duration. */
	static final int SPACING = 4;

	/** The same after a pass that found no dirty listing. */
	static final int IDLE_SPACING = 10;

	private final CatalogListingRepository listings;

	private final SyncMetrics metrics;

	private final Duration pollInterval;

	private final Duration metricsInterval;

	private final int limit;

	private final int chunkSize;

	private final Clock clock;

	private final Runnable found;

	private final ArrayDeque<String> queue = new ArrayDeque<>();

	private final Semaphore wake = new Semaphore(0);

	private volatile boolean feeding;

	private volatile boolean requested = true;

	private volatile boolean running;

	private volatile Thread thread;

	/** Dirty listings the last pass found. */
	private volatile long lastFound = 1;

	private final AtomicReference<Instant> lastPassEnded = new AtomicReference<>(Instant.EPOCH);

	/**
	 * When the sync took the last queued id: an unasked pass waits a poll interval after
	 * it, so it does not meet the listings of the batches still being written.
	 */
	private volatile Instant drainedAt = Instant.EPOCH;

	/**
	 * @param listings the listings collection
	 * @param metrics where the lag and dirty count go
	 * @param pollInterval the usual gap between passes
	 * @param metricsInterval the gap between passes that only measure (no lease)
	 * @param limit the most ids one pass queues
	 * @param chunkSize how many ids are handed over at a time (a batch)
	 * @param clock the clock
	 * @param found called when a pass queued ids (wakes the sync)
	 */
	DirtyScanner(CatalogListingRepository listings, SyncMetrics metrics, Duration pollInterval,
			Duration metricsInterval, int limit, int chunkSize, Clock clock, Runnable found) {
		this.listings = listings;
		this.metrics = metrics;
		this.pollInterval = pollInterval;
		this.metricsInterval = metricsInterval;
		this.limit = limit;
		this.chunkSize = chunkSize;
		this.clock = clock;
		this.found = found;
	}

	synchronized void start(String name) {
		if (this.running) {
			return;
		}
		this.running = true;
		// The first pass waits for the sync's first step: holding the lease, it asks for
		// a pass that feeds it; without, the interval brings one that only measures. (A
		// pass started now would only measure, and delay the one that feeds.)
		this.requested = false;
		this.lastPassEnded.set(this.clock.instant());
		this.thread = SyncThreads.start(name, this::loop);
	}

	void stop() {
		Thread loop;
		synchronized (this) {
			this.running = false;
			loop = this.thread;
		}
		SyncThreads.interruptAndJoin(loop);
	}

	/** A pass as soon as the queued ids are taken. */
	void request() {
		this.requested = true;
		this.wake.release();
	}

	/**
	 * Whether passes queue ids (this process holds the lease). Without the lease the
	 * queue is emptied and passes only measure.
	 */
	void feeding(boolean feeding) {
		if (this.feeding != feeding) {
			this.feeding = feeding;
			if (!feeding) {
				synchronized (this.queue) {
					this.queue.clear();
				}
			}
			this.wake.release();
		}
	}

	/** Up to {@code max} queued ids, in the order the pass found them. */
	List<String> take(int max) {
		List<String> taken = new ArrayList<>();
		synchronized (this.queue) {
			while (taken.size() < max && !this.queue.isEmpty()) {
				taken.add(this.queue.poll());
			}
			if (this.queue.isEmpty() && !taken.isEmpty()) {
				this.drainedAt = this.clock.instant();
				this.wake.release();
			}
		}
		return taken;
	}

	boolean hasQueued() {
		synchronized (this.queue) {
			return !this.queue.isEmpty();
		}
	}

	private void loop() {
		Duration lastTook = Duration.ZERO;
		while (this.running) {
			try {
				if (!waitForNextPass(lastTook)) {
					continue;
				}
				Instant started = this.clock.instant();
				pass();
				Instant ended = this.clock.instant();
				lastTook = Duration.between(started, ended);
				this.lastPassEnded.set(ended);
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					break;
				}
				// MongoDB unreachable or the cursor lost: the next pass tries again.
				log.debug("Catalog sync: a scan for dirty listings failed", ex);
				this.lastPassEnded.set(this.clock.instant());
				lastTook = this.pollInterval;
			}
		}
	}

	/**
	 * Waits until a pass is due: the queue is empty (or not being fed), and a pass was
	 * asked for or its interval has passed, and the spacing after the last pass is over.
	 * @return whether a pass is due now ({@code false}: look again)
	 */
	private boolean waitForNextPass(Duration lastTook) {
		Duration interval = this.feeding ? this.pollInterval : max(this.pollInterval, this.metricsInterval);
		int spacing = this.requested ? 1 : (this.lastFound > 0) ? SPACING : IDLE_SPACING;
		Instant earliest = this.lastPassEnded.get().plus(lastTook.multipliedBy(spacing));
		Instant since = max(this.lastPassEnded.get(), this.drainedAt);
		Instant due = this.requested ? earliest : max(earliest, since.plus(interval));
		Instant now = this.clock.instant();
		if (this.feeding && hasQueued()) {
			sleep(interval);
			return false;
		}
		if (now.isBefore(due)) {
			sleep(Duration.between(now, due));
			return false;
		}
		this.requested = false;
		return true;
	}

	/**
	 * One pass. While feeding, a probe first hands over the first few batches of dirty
	 * listings it meets, so the sync starts at once (the in-process server matches every
	 * candidate before it answers a query without a limit: every dirty listing); when the
	 * probe meets fewer than its limit, it found every dirty listing and is the whole
	 * pass. Otherwise a full pass follows, which hands over the rest, a batch at a time
	 * as they arrive, and gives the lag and count.
	 */
	private void pass() {
		boolean feed = this.feeding;
		Timer.Sample timing = Timer.start();
		Tally tally = new Tally(feed ? this.limit : 0, true);
		Set<String> probed = Set.of();
		int probeLimit = PROBE_BATCHES * this.chunkSize;
		if (feed) {
			scan(this.listings.dirty(probeLimit, 0), tally, Set.of());
			probed = tally.queued;
		}
		if (!feed || tally.count >= probeLimit) {
			Tally full = new Tally(feed ? this.limit - probed.size() : 0, false);
			scan(this.listings.dirty(0, Math.min(this.limit, 10_000)), full, probed);
			tally = full;
		}
		timing.stop(this.metrics.scan());
		this.metrics.lag((tally.oldest != null) ? tally.oldest.toInstant() : null, tally.count);
		this.lastFound = tally.count;
	}

	/**
	 * Counts the dirty listings a query returns and queues those not already handed over,
	 * a batch at a time.
	 */
	private void scan(Flux<CatalogListingRepository.DirtyMark> marks, Tally tally, Set<String> handedOver) {
		List<String> chunk = new ArrayList<>();
		marks.doOnNext((listing) -> {
			tally.count++;
			Date since = listing.since();
			if (since != null && (tally.oldest == null || since.before(tally.oldest))) {
				tally.oldest = since;
			}
			String id = listing.id();
			if (tally.queuedCount < tally.room && !handedOver.contains(id)) {
				tally.queued(id);
				chunk.add(id);
				if (chunk.size() >= this.chunkSize) {
					handOver(chunk);
				}
			}
		}).blockLast();
		handOver(chunk);
	}

	/**
	 * What a scan met: how many dirty listings, the oldest mark, and how many ids it
	 * queued (which, for a probe, it remembers).
	 */
	private static final class Tally {

		private final int room;

		private final Set<String> queued;

		private int queuedCount;

		private long count;

		private Date oldest;

		Tally(int room, boolean remember) {
			this.room = room;
			this.queued = remember ? new HashSet<>() : null;
		}

		void queued(String id) {
			this.queuedCount++;
			if (this.queued != null) {
				this.queued.add(id);
			}
		}

	}

	private void handOver(List<String> ids) {
		if (ids.isEmpty() || !this.feeding) {
			ids.clear();
			return;
		}
		synchronized (this.queue) {
			this.queue.addAll(ids);
		}
		ids.clear();
		this.found.run();
	}

	private void sleep(Duration duration) {
		try {
			if (this.wake.tryAcquire(Math.max(1, duration.toMillis()), TimeUnit.MILLISECONDS)) {
				this.wake.drainPermits();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	private static Duration max(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

}
