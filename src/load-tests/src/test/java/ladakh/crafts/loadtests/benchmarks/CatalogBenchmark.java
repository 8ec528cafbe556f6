package ladakh.crafts.loadtests.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.mongodb.ConnectionString;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import ladakh.crafts.embedded.EmbeddedEngines;
import ladakh.crafts.loadtests.CatalogDataSet;
import ladakh.crafts.loadtests.CatalogDataSetLoader;
import ladakh.crafts.loadtests.measure.MarkdownSection;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The catalog benchmarks of issue 4, in one run on the generated data set (100,000
 * listings from 10,000 sellers): indexer throughput against raw {@code _bulk}, search API
 * latency against raw {@code _search} at a fixed arrival rate, and edit-to-searchable
 * freshness. Writes its figures into docs/BENCHMARKS.md.
 * <p>
 * Not part of the normal build (Surefire runs {@code *Tests}); run it with
 * {@value #COMMAND}. About eleven minutes on two cores. It asserts only that every part
 * worked (every listing indexed, no failed request), never a timing.
 */
@Tag("benchmark")
class CatalogBenchmark {

	static final String COMMAND = "mvn -B -pl src/load-tests -am verify -Pbenchmarks";

	private static final String ALIAS = "catalog-listings";

	private static final int BATCH_SIZE = Integer.getInteger("benchmarks.sync.batch-size", 500);

	/** The longest a sync run may take; a slower sync is measured over this window. */
	private static final Duration SYNC_WINDOW = Duration
		.ofSeconds(Long.parseLong(System.getProperty("benchmarks.sync.window-seconds", "60")));

	/**
	 * Rounds of raw, sync, sync, raw ({@code -Dbenchmarks.indexer.rounds}): two, as runs
	 * of the same side differ by up to a fifth on these machines.
	 */
	private static final int INDEXER_ROUNDS = Integer.getInteger("benchmarks.indexer.rounds", 2);

	private static final double SEARCH_RATE = Double.parseDouble(System.getProperty("benchmarks.search.rate", "10"));

	private static final Duration SEARCH_WARM_UP = Duration.ofSeconds(10);

	private static final Duration SEARCH_SLICE = Duration.ofSeconds(30);

	private static final int SEARCH_SLICES = 3;

	/**
	 * The parts to run ({@code -Dbenchmarks.parts=indexer,search,freshness}, the
	 * default); a run of only some of them prints its figures but leaves
	 * docs/BENCHMARKS.md alone.
	 */
	private static final Set<String> PARTS = Set
		.of(System.getProperty("benchmarks.parts", "indexer,search,freshness").split(","));

	private static final boolean ALL_PARTS = PARTS.containsAll(Set.of("indexer", "search", "freshness"));

	private static final int EDITS = 120;

	private static final int EDITED_LISTINGS = 20;

	@Test
	void indexerSearchAndFreshnessOnTheGeneratedCatalog() throws Exception {
		EmbeddedEngines engines = EmbeddedEngines.forTests();
		BenchmarkReport report = new BenchmarkReport(COMMAND);
		List<Throwable> failures = new ArrayList<>();
		try (MongoClient mongo = MongoClients.create(engines.mongoUri());
				RawElasticsearch elasticsearch = new RawElasticsearch(engines.elasticsearchUrl())) {
			MongoDatabase database = mongo.getDatabase(new ConnectionString(engines.mongoUri()).getDatabase());
			Map<String, Object> settings = new LinkedHashMap<>();
			settings.put("marketplace.catalog.index.alias", ALIAS);
			settings.put("marketplace.catalog.sync.batch-size", BATCH_SIZE);
			settings.put("logging.level.root", "WARN");
			settings.put("logging.level.ladakh", "INFO");
			try (InProcessMarketplace marketplace = InProcessMarketplace.start(settings)) {
				CatalogDataSet data = CatalogDataSet.benchmark(Instant.now());
				IndexerBenchmark indexer = new IndexerBenchmark(marketplace, elasticsearch, database, ALIAS, BATCH_SIZE,
						data.listingCount(), SYNC_WINDOW);
				indexer.holdTheSync();
				CatalogDataSetLoader.LoadReport loaded = new CatalogDataSetLoader(database).replaceWith(data).block();
				System.out.println("Loaded " + loaded);
				report.dataSet(loaded.sellers(), loaded.listings(), loaded.took());
				List<FreshnessBenchmark.Editable> editable = editable(data);
				FreshnessBenchmark.createSellerAccounts(database, editable);

				// The documents for the raw runs, as the sync builds them: its full
				// rebuild indexes every listing, then they are exported. Then one
				// untimed run of each side, and rounds of ABBA: raw, sync, sync, raw,
				// every sync run with every listing marked dirty again.
				indexer.rebuild();
				if (PARTS.contains("indexer")) {
					List<RawElasticsearch.StoredDocument> documents = indexer.exportIndexed();
					check(documents.size() == data.listingCount(), "exported " + documents.size() + " documents");
					indexer.warmUp(documents);
					for (int round = 0; round < INDEXER_ROUNDS; round++) {
						indexer.rawRun(documents);
						indexer.syncRun(true);
						indexer.syncRun(true);
						indexer.rawRun(documents);
					}
					documents = null;
					Duration completed = indexer.completeIndex();
					report.indexer(indexer.runs(), BATCH_SIZE, indexer.ratio(), SYNC_WINDOW, data.listingCount());
					report.rebuild(indexer.rebuilds(), completed != null, data.listingCount());
				}

				attempt("search", "search latency", failures, report, () -> {
					SearchBenchmark search = new SearchBenchmark(marketplace, engines.elasticsearchUrl());
					int queries = search.capture().size();
					SearchBenchmark.Result result = search.run(SEARCH_RATE, SEARCH_WARM_UP, SEARCH_SLICE,
							SEARCH_SLICES);
					report.search(search.front(), result, SEARCH_RATE, SEARCH_SLICE, SEARCH_SLICES, queries);
					if (!search.front().overHttp()) {
						report.missing("the search API over HTTP (`GET /api/v1/search` is not in this build): the "
								+ "query API was measured in-process instead");
					}
					System.out.printf("Search p99 API %s, raw %s%n", BenchmarkReport.millis(result.api().p99()),
							BenchmarkReport.millis(result.raw().p99()));
					check(result.api().errors() == 0 && result.raw().errors() == 0,
							"search requests failed: API " + result.api().errors() + ", raw " + result.raw().errors());
				});
				attempt("freshness", "freshness", failures, report, () -> {
					FreshnessBenchmark.Result result = new FreshnessBenchmark(marketplace, database).run(editable,
							EDITS, Duration.ofMillis(200));
					report.freshness(result, editable.size());
					System.out.printf("Freshness p50 %s, p99 %s%n", BenchmarkReport.millis(result.visible().p50()),
							BenchmarkReport.millis(result.visible().p99()));
					if (!result.throughApi()) {
						report.missing("the seller API (`PUT /api/v1/seller/listings/{id}`): edits were the write "
								+ "side's update and the sync trigger");
					}
					if (!result.search().overHttp()) {
						report.missing("the search API for freshness: polled the query API in-process");
					}
					check(result.visible().errors() == 0, result.visible().errors() + " edits never became searchable");
				});
			}
			catch (Throwable failure) {
				failures.add(0, failure);
				report.missing("the run stopped: " + failure);
			}
		}
		String markdown = report.markdown();
		System.out.println(markdown);
		String target = System.getProperty("benchmarks.report");
		if (target != null && ALL_PARTS) {
			new MarkdownSection("catalog-benchmarks").write(Path.of(target), markdown);
		}
		if (!failures.isEmpty()) {
			AssertionError error = new AssertionError("the benchmark did not complete: " + failures.get(0),
					failures.get(0));
			failures.stream().skip(1).forEach(error::addSuppressed);
			throw error;
		}
	}

	/**
	 * Listings a seller can edit and buyers can find: published, of an active seller
	 * whose registration is valid.
	 */
	private static List<FreshnessBenchmark.Editable> editable(CatalogDataSet data) {
		Map<String, Document> sellers = data.sellers()
			.stream()
			.collect(Collectors.toMap((seller) -> seller.getString("_id"), Function.identity()));
		List<FreshnessBenchmark.Editable> editable = new ArrayList<>();
		for (int number = 1; editable.size() < EDITED_LISTINGS; number++) {
			Document listing = data.listing(number);
			Document seller = sellers.get(listing.getString("sellerId"));
			String validUntil = seller.getString("validUntil");
			if ("PUBLISHED".equals(listing.getString("status")) && "ACTIVE".equals(seller.getString("status"))
					&& (validUntil == null || !LocalDate.parse(validUntil).isBefore(LocalDate.now()))) {
				editable.add(new FreshnessBenchmark.Editable(listing.getString("_id"), seller.getString("_id"),
						listing.get("title", Document.class).getString("en")));
			}
		}
		return editable;
	}

	private static void attempt(String key, String part, List<Throwable> failures, BenchmarkReport report, Part work) {
		if (!PARTS.contains(key)) {
			return;
		}
		try {
			work.run();
		}
		catch (Throwable failure) {
			failures.add(failure);
			report.missing(part + ": " + failure.getMessage());
		}
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(message);
		}
	}

	@FunctionalInterface
	private interface Part {

		void run() throws Exception;

	}

}
