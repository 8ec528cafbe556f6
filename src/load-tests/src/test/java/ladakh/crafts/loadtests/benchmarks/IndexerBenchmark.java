package ladakh.crafts.loadtests.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
	 * @param phases for a sync run, its mean time per batch in each phase ({@code null}
	 * for raw runs)
	 * @param elasticsearchTook Elasticsearch's own mean time per bulk request (its
	 * {@code took})
	 */
	record Run(int order, String side, long documents, Duration took, boolean complete, Phases phases,
			Duration elasticsearchTook) {

		double docsPerSecond() {
			return this.documents / (this.took.toNanos() / 1e9);
		}

	}

	/**
	 * A sync run's mean time per batch reading from MongoDB, in the bulk request, and
	 * clearing marks (the bulk overlaps the other two), from its
	 * {@code catalog.sync.phase} timers.
	 */
	record Phases(long batches, Duration read, Duration bulk, Duration clear, long scans, Duration scan,
			Duration took) {

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

	private boolean warmingUp;

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

	/**
	 * One run of each side, not recorded: the first sync run after the rebuild was about
	 * 10 % slower than the next, while the JIT compiled the dirty-listing path (the
	 * rebuild reads by pages and clears no marks), and the node's first run on a new
	 * index pays a little too.
	 */
	void warmUp(List<RawElasticsearch.StoredDocument> documents) {
		this.warmingUp = true;
		try {
			rawRun(documents);
			syncRun(true);
		}
		finally {
			this.warmingUp = false;
		}
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
		settle();
		Counter indexed = indexedCounter();
		double before = indexed.count();
		PhaseClock phases = new PhaseClock();
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
		Phases spent = phases.since();
		return record("sync", done, took, complete, spent, spent.took());
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
			// One is already asked for: the sync found the node's index built by an
			// older definition. Timed the same way.
			System.out.println("A rebuild is already under way; waiting for it");
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

	/**
	 * The given documents with raw {@code _bulk} requests into a fresh index. The
	 * marketplace's sync is held meanwhile (its idle scans would take a share of the
	 * cores from the raw side) and started again afterwards if it ran.
	 */
	Run rawRun(List<RawElasticsearch.StoredDocument> documents) {
		CatalogSync sync = sync();
		boolean syncWasRunning = sync.isRunning();
		sync.stop();
		try {
			return timedRawRun(documents);
		}
		finally {
			if (syncWasRunning) {
				sync.start();
			}
		}
	}

	private Run timedRawRun(List<RawElasticsearch.StoredDocument> documents) {
		int order = this.runs.size() + 1;
		String index = "bench-raw-" + order;
		String rawAlias = index + "-alias";
		freshIndexBehind(rawAlias, index);
		settle();
		long started = System.nanoTime();
		long elasticsearchMillis = 0;
		int requests = 0;
		for (int from = 0; from < documents.size(); from += this.batchSize) {
			List<RawElasticsearch.StoredDocument> batch = documents.subList(from,
					Math.min(from + this.batchSize, documents.size()));
			// As the sync: a batch that is not full refreshes (it is the last of a
			// burst).
			elasticsearchMillis += this.elasticsearch.bulk(rawAlias, batch, batch.size() < this.batchSize);
			requests++;
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		long count = this.elasticsearch.count(rawAlias);
		this.elasticsearch.deleteIndex(index);
		if (count != documents.size()) {
			throw new AssertionError("raw _bulk left " + count + " documents, not " + documents.size());
		}
		return record("raw _bulk", count, took, true, null,
				Duration.ofNanos(Math.round(elasticsearchMillis * 1e6 / Math.max(1, requests))));
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

	private Run record(String side, long documents, Duration took, boolean complete, Phases phases,
			Duration elasticsearchTook) {
		Run run = new Run(this.runs.size() + 1, side, documents, took, complete, phases, elasticsearchTook);
		if (!this.warmingUp) {
			this.runs.add(run);
		}
		System.out.printf(
				"Indexer %s %d (%s): %d documents in %.1f s = %.0f docs/s, Elasticsearch took %.1f ms per"
						+ " request%s%n",
				this.warmingUp ? "warm-up" : "run", run.order(), side, documents, took.toMillis() / 1000.0,
				run.docsPerSecond(), elasticsearchTook.toNanos() / 1e6, (phases != null) ? " " + phases : "");
		return run;
	}

	/** The sync's phase timers at the start of a run. */
	private final class PhaseClock {

		private final double[] start = totals();

		private final long batches = phase("bulk").count();

		private final long scans = scan().count();

		private final double scanning = scan().totalTime(TimeUnit.NANOSECONDS);

		private final double elasticsearch = timer("catalog.sync.bulk.took").totalTime(TimeUnit.NANOSECONDS);

		private final long requests = timer("catalog.sync.bulk.took").count();

		Phases since() {
			double[] end = totals();
			long count = phase("bulk").count() - this.batches;
			long scans = scan().count() - this.scans;
			return new Phases(count, mean(end[0] - this.start[0], count), mean(end[1] - this.start[1], count),
					mean(end[2] - this.start[2], count), scans,
					mean(scan().totalTime(TimeUnit.NANOSECONDS) - this.scanning, scans),
					mean(timer("catalog.sync.bulk.took").totalTime(TimeUnit.NANOSECONDS) - this.elasticsearch,
							timer("catalog.sync.bulk.took").count() - this.requests));
		}

		private Timer scan() {
			return timer("catalog.sync.scan");
		}

		private Timer timer(String name) {
			Timer timer = IndexerBenchmark.this.marketplace.context().getBean(MeterRegistry.class).find(name).timer();
			if (timer == null) {
				throw new IllegalStateException("the sync's " + name + " timer is not registered");
			}
			return timer;
		}

		private double[] totals() {
			return new double[] { phase("read").totalTime(TimeUnit.NANOSECONDS),
					phase("bulk").totalTime(TimeUnit.NANOSECONDS), phase("clear").totalTime(TimeUnit.NANOSECONDS) };
		}

		private Timer phase(String name) {
			Timer timer = IndexerBenchmark.this.marketplace.context()
				.getBean(MeterRegistry.class)
				.find("catalog.sync.phase")
				.tag("phase", name)
				.timer();
			if (timer == null) {
				throw new IllegalStateException("the sync's catalog.sync.phase timers are not registered");
			}
			return timer;
		}

		private static Duration mean(double nanos, long count) {
			return Duration.ofNanos((count == 0) ? 0 : Math.round(nanos / count));
		}

	}

	/**
	 * Before every timed run, either side: a garbage collection in this JVM (the one that
	 * runs the marketplace and the in-process MongoDB server; marking 100,000 listings
	 * dirty again leaves a lot behind) and no merge running on the node, so a run does
	 * not pay for the work before it.
	 */
	private void settle() {
		System.gc();
		if (!this.elasticsearch.awaitNoMerges(Duration.ofSeconds(30))) {
			System.out.println("Segment merges still running after 30 s; measuring anyway");
		}
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
