package ladakh.crafts.catalog.sync;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The sync's meters: {@code catalog.sync.lag} (seconds since the oldest unsynced change,
 * from {@code dirtySince}), {@code catalog.sync.dirty} (listings waiting),
 * {@code catalog.sync.batch.size}, {@code catalog.sync.indexed},
 * {@code catalog.sync.failures} (tag {@code kind}: {@code item} or {@code unavailable})
 * and {@code catalog.sync.lease.held} (1 in the process that writes).
 */
class SyncMetrics {

	private final AtomicLong lagMillis = new AtomicLong();

	private final AtomicLong dirty = new AtomicLong();

	private final AtomicLong leaseHeld = new AtomicLong();

	private final DistributionSummary batchSize;

	private final Counter indexed;

	private final Counter itemFailures;

	private final Counter unavailable;

	SyncMetrics(MeterRegistry registry) {
		Gauge.builder("catalog.sync.lag", this.lagMillis, (millis) -> millis.get() / 1000.0)
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
	}

	void lag(long millis, long dirtyCount) {
		this.lagMillis.set(Math.max(0, millis));
		this.dirty.set(dirtyCount);
	}

	long lagMillis() {
		return this.lagMillis.get();
	}

	void leaseHeld(boolean held) {
		this.leaseHeld.set(held ? 1 : 0);
	}

	void batch(int size, int written, int failed) {
		this.batchSize.record(size);
		this.indexed.increment(written);
		this.itemFailures.increment(failed);
	}

	void unavailable() {
		this.unavailable.increment();
	}

}
