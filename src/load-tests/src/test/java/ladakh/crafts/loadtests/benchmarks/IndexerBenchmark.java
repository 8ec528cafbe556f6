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
import ladakh.crafts.catalog.sync.CatalogIndexStatus;
import ladakh.crafts.catalog.sync.CatalogSync;
import ladakh.crafts.catalog.sync.SearchVisibleChange;
import reactor.core.publisher.Mono;

/**
 * Indexer throughput: the marketplace's in-process sync indexing every dirty listing (its
 * MongoDB reads, denormalisation, bulk writes and dirty clears), against raw
 * {@code _bulk} requests of the very same documents, in batches of the same size, into a
 * fresh index of the same definition behind an alias. Each sync run starts on a fresh,
 * empty index too, so both sides insert rather than overwrite.
 * <p>
 * A sync run is time-boxed: when the sync cannot index every listing within the window,
 * its throughput is what it indexed in the window. The raw runs write every listing's
 * document as the sync's own full rebuild built it.
 */
final class IndexerBenchmark {

	/**
	 * One timed run.
	 *
	 * @param order its place in the sequence (1, 2, ...)
	 * @param side {@code sync} or {@code raw _bulk}
	 * @param documents documents written
	 * @param took how long
	 * @param complete whether it wrote every document it was meant to
	 */
	record Run(int order, String side, long documents, Duration took, boolean complete) {

		double docsPerSecond() {
			return this.documents / (this.took.toNanos() / 1e9);
		}

	}

	private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(8);

	private final InProcessMarketplace marketplace;

	private final RawElasticsearch elasticsearch;

	private final MongoDatabase database;

	private final String alias;

	private final int batchSize;

	private final long listings;

	private final Duration window;

	private final List<Run> runs = new ArrayList<>();

	private final List<Duration> rebuilds = new ArrayList<>();

	IndexerBenchmark(InProcessMarketplace marketplace, RawElasticsearch elasticsearch, MongoDatabase database,
			String alias, int batchSize, long listings, Duration window) {
		this.marketplace = marketplace;
		this.elasticsearch = elasticsearch;
		this.database = database;
		this.alias = alias;
		this.batchSize = batchSize;
		this.listings = listings;
		this.window = window;
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
		CatalogSync sync = sync();
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
		long deadline = started + this.window.toNanos();
		long done = 0;
		while ((done = (long) (indexed.count() - before)) < this.listings && System.nanoTime() < deadline) {
			sleep(10);
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		boolean complete = done >= this.listings;
		if (!complete) {
			sync.stop(); // so it does not compete with what follows
		}
		else if (this.elasticsearch.count(this.alias) != this.listings) {
			throw new AssertionError("the sync reported every listing indexed but the index holds "
					+ this.elasticsearch.count(this.alias));
		}
		return record("sync", done, took, complete);
	}

	/**
	 * Makes the index hold every listing, when the last (time-boxed) sync run left it
	 * partial, with {@link #rebuild()}.
	 * @return how long the rebuild took, or {@code null} when the index was complete
	 */
	Duration completeIndex() {
		boolean complete = this.runs.stream()
			.filter((run) -> run.side().equals("sync"))
			.reduce((first, second) -> second)
			.map(Run::complete)
			.orElse(true);
		return complete ? null : rebuild();
	}

	/**
	 * Fills the index with every listing through the sync's own full rebuild: every
	 * listing from MongoDB into a new index, then the alias swapped. The dirty marks are
	 * cleared first (the rebuild indexes every listing anyway), so the sync is idle
	 * afterwards, as in normal operation.
	 * @return how long the rebuild took
	 */
	Duration rebuild() {
		CatalogSync sync = sync();
		sync.stop();
		Mono.from(this.database.getCollection("listings")
			.updateMany(Filters.eq(SearchVisibleChange.DIRTY, true),
					com.mongodb.client.model.Updates.combine(
							com.mongodb.client.model.Updates.set(SearchVisibleChange.DIRTY, false),
							com.mongodb.client.model.Updates.unset(SearchVisibleChange.DIRTY_SINCE))))
			.block();
		List<String> before = this.elasticsearch.indicesOf(this.alias);
		if (!Boolean.TRUE
			.equals(this.marketplace.context().getBean(CatalogIndexStatus.class).requestRebuild("benchmark").block())) {
			throw new IllegalStateException("the sync refused the rebuild request");
		}
		long started = System.nanoTime();
		sync.start();
		while (true) {
			List<String> now = this.elasticsearch.indicesOf(this.alias);
			if (!now.isEmpty() && !now.equals(before) && this.elasticsearch.count(this.alias) == this.listings) {
				Duration took = Duration.ofNanos(System.nanoTime() - started);
				System.out.printf("Full rebuild: %d listings in %.1f s%n", this.listings, took.toMillis() / 1000.0);
				this.rebuilds.add(took);
				return took;
			}
			if (System.nanoTime() - started > REBUILD_TIMEOUT.toNanos()) {
				throw new AssertionError("the full rebuild did not finish within " + REBUILD_TIMEOUT);
			}
			sleep(500);
		}
	}

	List<Duration> rebuilds() {
		return List.copyOf(this.rebuilds);
	}

	/** The given documents with raw {@code _bulk} requests into a fresh index. */
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
		if (count != documents.size()) {
			throw new AssertionError("raw _bulk left " + count + " documents, not " + documents.size());
		}
		return record("raw _bulk", count, took, true);
	}

	/** What the index holds, as stored, in id order. */
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

	private Run record(String side, long documents, Duration took, boolean complete) {
		Run run = new Run(this.runs.size() + 1, side, documents, took, complete);
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

	private CatalogSync sync() {
		return this.marketplace.context().getBean(CatalogSync.class);
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
