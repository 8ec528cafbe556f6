package ladakh.crafts.catalog.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The sync's meters: {@code catalog.sync.lag} (seconds since the oldest unsynced change,
 * from {@code dirtySince}), {@code catalog.sync.dirty} (listings waiting),
 * {@code catalog.sync.batch.size}, {@code catalog.sync.indexed},
 * {@code catalog.sync.failures} (tag {@code kind}: {@code item} or {@code unavailable})
 * {@code catalog.sync.lease.held} (1 in the process that writes) and
 * {@code catalog.sync.phase} (time per batch in each phase, tag {@code phase}:
 * {@code read} from MongoDB and turned into JSON, {@code bulk} to Elasticsearch,
 * {@code clear} of the marks; the bulk overlaps the other two) and
 * {@code catalog.sync.scan} (time per scan for dirty listings).
 * <p>
 * The lag is kept as the instant of the oldest unsynced change found by the last scan and
 * read against the clock, so it keeps growing while nothing is scanned (a long backlog,
 * Elasticsearch down) rather than standing still.
 */
class SyncMetrics {

	private final AtomicReference<Instant> oldestChange = new AtomicReference<>();

	private final Clock clock;

	private final AtomicLong dirty = new AtomicLong();

	private final AtomicLong leaseHeld = new AtomicLong();

	private final DistributionSummary batchSize;

	private final Counter indexed;

	private final Counter itemFailures;

	private final Counter unavailable;

	private final Timer read;

	private final Timer bulk;

	private final Timer clear;

	private final Timer scan;

	private final Timer took;

	SyncMetrics(MeterRegistry registry, Clock clock) {
		this.clock = clock;
		Gauge.builder("catalog.sync.lag", this, (metrics) -> metrics.lagMillis() / 1000.0)
			.baseUnit("seconds")
			.description("Age of the oldest listing change not yet in the search index")
			.register(registry);
		Gauge.builder("catalog.sync.dirty", this.dirty, AtomicLong::get)
			.description("Listings waiting to be indexed")
			.register(registry);
		Gauge.builder("catalog.sync.lease.held", this.leaseHeld, AtomicLong::get)
			.description("1 when this process holds the sync lease and writes the index")
			.register(registry);
		this.batchSize = DistributionSummary.builder("catalog.sync.batch.size")
			.description("Listings per sync batch")
			.register(registry);
		this.indexed = Counter.builder("catalog.sync.indexed")
			.description("Listings written to the search index")
			.register(registry);
		this.itemFailures = Counter.builder("catalog.sync.failures")
			.tag("kind", "item")
			.description("Listings the index refused (retried with backoff)")
			.register(registry);
		this.unavailable = Counter.builder("catalog.sync.failures")
			.tag("kind", "unavailable")
			.description("Sync attempts that found Elasticsearch unreachable")
			.register(registry);
		this.read = phase(registry, "read");
		this.bulk = phase(registry, "bulk");
		this.clear = phase(registry, "clear");
		this.scan = Timer.builder("catalog.sync.scan")
			.description("Time per pass of the scan for dirty listings nobody named")
			.register(registry);
		this.took = Timer.builder("catalog.sync.bulk.took")
			.description("Elasticsearch's own time per sync bulk request (its took), within the bulk phase")
			.register(registry);
	}

	private static Timer phase(MeterRegistry registry, String phase) {
		return Timer.builder("catalog.sync.phase")
			.tag("phase", phase)
			.description("Time per sync batch spent in one phase")
			.register(registry);
	}

	Timer read() {
		return this.read;
	}

	Timer bulk() {
		return this.bulk;
	}

	Timer clear() {
		return this.clear;
	}

	Timer scan() {
		return this.scan;
	}

	/**
	 * What the last scan found.
	 * @param oldest when the oldest unsynced change was made, {@code null} when none
	 * @param dirtyCount how many listings wait
	 */
	void lag(Instant oldest, long dirtyCount) {
		this.oldestChange.set(oldest);
		this.dirty.set(dirtyCount);
	}

	long lagMillis() {
		Instant oldest = this.oldestChange.get();
		return (oldest != null) ? Math.max(0, this.clock.millis() - oldest.toEpochMilli()) : 0L;
	}

	void leaseHeld(boolean held) {
		this.leaseHeld.set(held ? 1 : 0);
	}

	void batch(int size, int written, int failed) {
		this.batchSize.record(size);
		this.indexed.increment(written);
		this.itemFailures.increment(failed);
	}

	void elasticsearchTook(long millis) {
		this.took.record(Duration.ofMillis(millis));
	}

	void unavailable() {
		this.unavailable.increment();
	}

}
