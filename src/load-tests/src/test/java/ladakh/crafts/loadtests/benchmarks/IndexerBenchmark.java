package ladakh.crafts.loadtests.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import ladakh.crafts.catalog.index.CatalogIndexDefinition;
import ladakh.crafts.catalog.sync.SearchVisibleChange;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * Indexer throughput: the marketplace's in-process sync indexing every dirty listing (its
 * MongoDB reads, denormalisation, bulk writes and dirty clears), against raw
 * {@code _bulk} requests of the very same documents, in batches of the same size, into a
 * fresh index of the same definition behind an alias. Each sync run starts on a fresh,
 * empty index too, so both sides insert rather than overwrite.
 */
final class IndexerBenchmark {

	/**
	 * One timed run.
	 *
	 * @param order its place in the sequence (1, 2, ...)
	 * @param side {@code sync} or {@code raw _bulk}
	 * @param documents documents written
	 * @param took how long
	 */
	record Run(int order, String side, long documents, Duration took) {

		double docsPerSecond() {
			return this.documents / (this.took.toNanos() / 1e9);
		}

	}

	private static final Duration TIMEOUT = Duration.ofMinutes(8);

	private final InProcessMarketplace marketplace;

	private final RawElasticsearch elasticsearch;

	private final MongoDatabase database;

	private final String alias;

	private final int batchSize;

	private final long listings;

	private final List<Run> runs = new ArrayList<>();

	IndexerBenchmark(InProcessMarketplace marketplace, RawElasticsearch elasticsearch, MongoDatabase database,
			String alias, int batchSize, long listings) {
		this.marketplace = marketplace;
		this.elasticsearch = elasticsearch;
		this.database = database;
		this.alias = alias;
		this.batchSize = batchSize;
		this.listings = listings;
	}

	/** Stops the marketplace's sync so nothing is indexed until a sync run starts it. */
	void holdTheSync() {
		sync().stop();
	}

	/**
	 * The sync indexes every listing into an empty index.
	 * @param remark mark every listing dirty again first (a new {@code rev}), as a change
	 * to every seller would; untimed
	 */
	Run syncRun(boolean remark) {
		SmartLifecycle sync = sync();
		sync.stop();
		if (remark) {
			Mono.from(this.database.getCollection("listings")
				.updateMany(Filters.empty(), SearchVisibleChange.update(Instant.now()))).block();
		}
		freshIndexBehind(this.alias, CatalogIndexDefinition.current().physicalName(this.alias, Instant.now()));
		Counter indexed = indexedCounter();
		double before = indexed.count();
		long started = System.nanoTime();
		sync.start();
		long deadline = started + TIMEOUT.toNanos();
		while (indexed.count() - before < this.listings) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the sync indexed " + (long) (indexed.count() - before) + " of "
						+ this.listings + " listings in " + TIMEOUT);
			}
			sleep(10);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		return record("sync", this.elasticsearch.count(this.alias), took);
	}

	/** The same documents with raw {@code _bulk} requests into a fresh index. */
	Run rawRun(List<RawElasticsearch.StoredDocument> documents) {
		int order = this.runs.size() + 1;
		String index = "bench-raw-" + order;
		String rawAlias = index + "-alias";
		freshIndexBehind(rawAlias, index);
		long started = System.nanoTime();
		for (int from = 0; from < documents.size(); from += this.batchSize) {
			List<RawElasticsearch.StoredDocument> batch = documents.subList(from,
					Math.min(from + this.batchSize, documents.size()));
			// As the sync: a batch that is not full refreshes (it is the last of a
			// burst).
			if (!this.elasticsearch.bulk(rawAlias, batch, batch.size() < this.batchSize)) {
				throw new AssertionError("a raw _bulk had item errors");
			}
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		long count = this.elasticsearch.count(rawAlias);
		this.elasticsearch.deleteIndex(index);
		return record("raw _bulk", count, took);
	}

	/** What the sync wrote, as stored, in id order. */
	List<RawElasticsearch.StoredDocument> exportIndexed() {
		return this.elasticsearch.export(this.alias);
	}

	List<Run> runs() {
		return List.copyOf(this.runs);
	}

	/** Mean docs/s of the sync runs over the mean of the raw runs. */
	double ratio() {
		return mean("sync") / mean("raw _bulk");
	}

	double mean(String side) {
		return this.runs.stream()
			.filter((run) -> run.side().equals(side))
			.mapToDouble(Run::docsPerSecond)
			.average()
			.orElse(Double.NaN);
	}

	private Run record(String side, long documents, Duration took) {
		if (documents != this.listings) {
			throw new AssertionError(side + " left " + documents + " documents in the index, not " + this.listings);
		}
		Run run = new Run(this.runs.size() + 1, side, documents, took);
		this.runs.add(run);
		System.out.printf("Indexer run %d (%s): %d documents in %.1f s = %.0f docs/s%n", run.order(), side, documents,
				took.toMillis() / 1000.0, run.docsPerSecond());
		return run;
	}

	private void freshIndexBehind(String alias, String physical) {
		for (String old : this.elasticsearch.indicesOf(alias)) {
			this.elasticsearch.deleteIndex(old);
		}
		this.elasticsearch.createIndex(physical, CatalogIndexDefinition.current().json(), alias);
	}

	private SmartLifecycle sync() {
		return this.marketplace.context().getBean("catalogSync", SmartLifecycle.class);
	}

	private Counter indexedCounter() {
		Counter counter = this.marketplace.context()
			.getBean(MeterRegistry.class)
			.find("catalog.sync.indexed")
			.counter();
		if (counter == null) {
			throw new IllegalStateException("the sync's catalog.sync.indexed counter is not registered");
		}
		return counter;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
