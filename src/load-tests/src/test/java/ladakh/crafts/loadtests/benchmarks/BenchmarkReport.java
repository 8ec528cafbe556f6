package ladakh.crafts.loadtests.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ladakh.crafts.loadtests.measure.Latencies;

/**
 * The figures of one benchmark run as Markdown, for the section of docs/BENCHMARKS.md the
 * benchmark owns.
 */
final class BenchmarkReport {

	private final StringBuilder text = new StringBuilder();

	private final List<String> missing = new ArrayList<>();

	private final double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

	BenchmarkReport(String command) {
		line("## Catalog benchmarks (issue 4)");
		line("");
		line("Written by `CatalogBenchmark` (src/load-tests) at the end of each run; run it with");
		line("`" + command + "`.");
		line("Every comparison is measured side by side in the same run, on the same engines and data.");
		line("");
		this.text.append(environmentRows());
		line("| engines | in-process MongoDB-protocol server (memory backend), local Elasticsearch node "
				+ "(512 MB heap), both on the same machine as the marketplace and the load |");
	}

	/** The table head and the date, machine and JDK rows of a run's table. */
	static String environmentRows() {
		return "| | |\n|---|---|\n" + "| date | "
				+ ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
				+ " |\n" + "| machine | " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
				+ (ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
					.getTotalMemorySize() >> 30)
				+ " GiB |\n" + "| JDK | " + System.getProperty("java.vm.name") + " "
				+ System.getProperty("java.version") + " |\n";
	}

	void dataSet(long sellers, long listings, Duration loadTook) {
		line("| data set | " + fmt(listings) + " listings from " + fmt(sellers)
				+ " sellers (`CatalogDataSet.benchmark`, " + "seed fixed), loaded with insertMany in "
				+ seconds(loadTook) + " |");
	}

	void indexer(List<IndexerBenchmark.Run> runs, int batchSize, double ratio, Duration window, long listings) {
		line("");
		line("### Indexer throughput");
		line("");
		line("The marketplace's in-process sync indexing the dirty listings (reading them from MongoDB with their "
				+ "sellers and crafts, bulk writes with external versions, clearing the dirty marks) against raw "
				+ "`_bulk` requests of the very same documents (the sync's own documents for every listing), "
				+ batchSize + " per request as the sync's batch, into a fresh index of the same definition. Each run "
				+ "starts on an empty index; after one untimed warm-up run of each side (so neither pays for the "
				+ "JIT compiling its path), raw and sync runs alternate (ABBA, repeated), every sync run with every listing "
				+ "marked dirty again; the marketplace's sync is held during raw runs. A sync run stops at "
				+ window.toSeconds() + " s; a run that did not index all " + fmt(listings)
				+ " listings by then is measured over that window.");
		line("");
		line("| run | side | documents | time | docs/s | Elasticsearch's own time per request (`took`) |");
		line("|---|---|---|---|---|---|");
		for (IndexerBenchmark.Run run : runs) {
			line("| %d | %s | %s%s | %s | %s | %s |".formatted(run.order(), run.side(), fmt(run.documents()),
					run.complete() ? "" : " (of " + fmt(listings) + ": window ended)", seconds(run.took()),
					fmt(Math.round(run.docsPerSecond())), millis(run.elasticsearchTook())));
		}
		line("");
		line(((ratio < 0.1) ? "**Sync / raw: %.4f**" : "**Sync / raw: %.2f**").formatted(ratio)
				+ " of raw throughput (mean docs/s; aim ≥ 0.8)" + perRound(runs) + ".");
		double syncRate = meanRate(runs, "sync");
		List<IndexerBenchmark.Run> timed = runs.stream().filter((run) -> run.phases() != null).toList();
		if (!timed.isEmpty()) {
			line("");
			line("Where a sync run's time goes, per batch of " + batchSize
					+ " (mean; the sync reads the next batch from MongoDB, turns it into JSON and clears the marks "
					+ "of the one before while a bulk request is in Elasticsearch, so the bulk overlaps the other "
					+ "two; the scans for dirty listings run on their own thread and hand over ids as they find "
					+ "them):");
			line("");
			line("| run | batches | read from MongoDB, to JSON | bulk request | clear marks | scans (mean time) |");
			line("|---|---|---|---|---|---|");
			for (IndexerBenchmark.Run run : timed) {
				IndexerBenchmark.Phases phases = run.phases();
				line("| %d | %s | %s | %s | %s | %d (%s) |".formatted(run.order(), fmt(phases.batches()),
						millis(phases.read()), millis(phases.bulk()), millis(phases.clear()), phases.scans(),
						millis(phases.scan())));
			}
		}
		if (runs.stream().anyMatch((run) -> !run.complete())) {
			line("");
			line("At that rate the sync needs about " + fmt(Math.round(listings / syncRate)) + " s for all "
					+ fmt(listings) + " listings.");
		}
	}

	void rebuild(List<Duration> rebuilds, boolean afterSyncRuns, long listings) {
		line("");
		StringBuilder text = new StringBuilder(
				"The raw runs' documents come from the sync's full rebuild (every listing "
						+ "from MongoDB into a new index, no dirty marks to clear), run first and exported");
		if (afterSyncRuns) {
			text.append("; a second rebuild after the sync runs filled the index for the searches below");
		}
		text.append(". Rebuild of all ").append(fmt(listings)).append(" listings: ");
		text.append(String.join(", ", rebuilds.stream()
			.map((took) -> seconds(took) + " (" + fmt(Math.round(listings / (took.toNanos() / 1e9))) + " docs/s)")
			.toList()));
		line(text.append('.').toString());
	}

	void search(SearchFront front, SearchBenchmark.Result result, double rate, Duration slice, int slices,
			int queries) {
		line("");
		line("### Search latency");
		line("");
		line(("The " + front.name() + (front.overHttp() ? " over HTTP" : "")
				+ " against a raw `_search` with the body it sent for the same query, "
				+ "%d queries (words, local spellings, typos, Hindi, filters, sorts; see `SearchBenchmark.MIX`), each "
				+ "side at a fixed arrival rate of %.0f requests/s (open model: latency from the intended send time), "
				+ "%d slices of %d s per side, alternating, after a warm-up.")
			.formatted(queries, rate, slices, slice.toSeconds()));
		line("");
		line("| side | requests | errors | p50 | p99 | max |");
		line("|---|---|---|---|---|---|");
		latencyRow(front.overHttp() ? "search API" : "query API in-process", result.api());
		latencyRow("raw `_search`", result.raw());
		line("");
		line("**" + (front.overHttp() ? "API" : "Query API")
				+ " / raw: p99 %.2f×, p50 %.2f×** (aim: p99 ≤ 1.5×).".formatted(result.p99Ratio(), result.p50Ratio()));
	}

	void freshness(FreshnessBenchmark.Result result, int listings) {
		line("");
		line("### Freshness (embedded mode)");
		line("");
		line(((result.throughApi() ? "A seller edits a listing's title with `PUT /api/v1/seller/listings/{id}`"
				: "A listing's title is changed with the write side's single-document update "
						+ "(`SearchVisibleChange.update`) and `CatalogSyncTrigger`")
				+ ", then the " + result.search().name()
				+ " is polled for a word only the new title has; measured from sending the "
				+ "edit to the first answer that finds the listing. The sync runs in the marketplace's process; "
				+ "one edit at a time over %d listings.")
			.formatted(listings));
		line("");
		line("| measure | edits | errors | p50 | p99 | max |");
		line("|---|---|---|---|---|---|");
		latencyRow("edit to searchable", result.visible());
		latencyRow("the edit's own request", result.writes());
		line("");
		line("**Edit to searchable: p99 %s** (aim < 1 s).".formatted(millis(result.visible().p99())));
	}

	void missing(String what) {
		this.missing.add(what);
	}

	String markdown() {
		StringBuilder out = new StringBuilder(this.text);
		if (!this.missing.isEmpty()) {
			out.append("\n### Not measured in this run\n\n");
			this.missing.forEach((what) -> out.append("- ").append(what).append('\n'));
		}
		double loadAtEnd = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		out.append("\nLoad average (1 min) at start %.2f, at end %.2f: other work on the machine shares its cores.\n"
			.formatted(this.loadAtStart, loadAtEnd));
		return out.toString();
	}

	private void latencyRow(String side, Latencies latencies) {
		line("| %s | %s | %d | %s | %s | %s |".formatted(side, fmt(latencies.count() + latencies.errors()),
				latencies.errors(), millis(latencies.p50()), millis(latencies.p99()), millis(latencies.max())));
	}

	private void line(String line) {
		this.text.append(line).append('\n');
	}

	/** The ratio within each ABBA round, when there is more than one. */
	private static String perRound(List<IndexerBenchmark.Run> runs) {
		List<String> rounds = new ArrayList<>();
		for (int from = 0; from + 4 <= runs.size(); from += 4) {
			List<IndexerBenchmark.Run> round = runs.subList(from, from + 4);
			rounds.add("%.2f".formatted(meanRate(round, "sync") / meanRate(round, "raw _bulk")));
		}
		return (rounds.size() > 1) ? "; per round " + String.join(", ", rounds) : "";
	}

	private static double meanRate(List<IndexerBenchmark.Run> runs, String side) {
		return runs.stream()
			.filter((run) -> run.side().equals(side))
			.mapToDouble(IndexerBenchmark.Run::docsPerSecond)
			.average()
			.orElse(Double.NaN);
	}

	static String millis(Duration duration) {
		return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
	}

	static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	static String fmt(long number) {
		return String.format(Locale.ROOT, "%,d", number);
	}

}
