package ladakh.crafts.loadtests.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import ladakh.crafts.embedded.QueryScans;

/**
 * How the reports' benchmarks measure (ReportsBenchmark, TableReportsBenchmark): a
 * report's median time over a few runs, and the reads one run made with the indexes that
 * served them, the marketplace's background sweeps left out.
 */
final class ReportMeasures {

	static final int ROUNDS = Integer.getInteger("benchmarks.reports.rounds", 5);

	private static final Set<String> SWEEPS = Set.of("catalog_sync", "notification_outbox");

	private ReportMeasures() {
	}

	interface Step {

		Object run() throws Exception;

	}

	/** The median of {@link #ROUNDS} runs of each step, after one unreported. */
	static long[] timesOf(Step... steps) throws Exception {
		long[] medians = new long[steps.length];
		for (int s = 0; s < steps.length; s++) {
			steps[s].run();
			long[] nanos = new long[ROUNDS];
			for (int i = 0; i < ROUNDS; i++) {
				long start = System.nanoTime();
				steps[s].run();
				nanos[i] = System.nanoTime() - start;
			}
			Arrays.sort(nanos);
			medians[s] = nanos[ROUNDS / 2];
		}
		return medians;
	}

	/**
	 * The report's own reads in {@code collections} (null: every collection); the
	 * marketplace's background sweeps also read while it runs: their reads are left out.
	 */
	static void scans(StringBuilder out, String report, List<QueryScans.Scan> scans, List<String> collections) {
		Map<String, long[]> grouped = new LinkedHashMap<>();
		Map<String, String> indexOf = new LinkedHashMap<>();
		for (QueryScans.Scan scan : scans) {
			String collection = scan.namespace().substring(scan.namespace().indexOf('.') + 1);
			if ((collections != null && !collections.contains(collection)) || isSweep(scan)) {
				continue;
			}
			String key = scan.operation() + " `" + collection + "` | `" + scan.shape().replace("|", "\\|") + "`";
			long[] counts = grouped.computeIfAbsent(key, (k) -> new long[3]);
			counts[0]++;
			counts[1] += scan.examined();
			counts[2] += scan.returned();
			indexOf.put(key, String.valueOf(scan.index()));
		}
		grouped.forEach((key, counts) -> out.append(String.format(Locale.ROOT, "| %s | %s%s | %s | %,d | %,d |%n",
				report, key, (counts[0] > 1) ? " (×" + counts[0] + ")" : "", indexOf.get(key), counts[1], counts[2])));
	}

	/**
	 * A read of the marketplace's background sweeps (the catalogue's sync of changed
	 * listings, its lease, the notification outbox), not of a report.
	 */
	static boolean isSweep(QueryScans.Scan scan) {
		String collection = scan.namespace().substring(scan.namespace().indexOf('.') + 1);
		return scan.shape().contains("\"dirty\"") || SWEEPS.contains(collection);
	}

	/** The reads of one run of a report. */
	static List<QueryScans.Scan> scansOf(Step report) throws Exception {
		List<QueryScans.Scan> scans = new CopyOnWriteArrayList<>();
		try (QueryScans.Subscription subscription = QueryScans.subscribe(-1, scans::add)) {
			report.run();
		}
		return scans;
	}

	/** The records a report's reads examined, the background sweeps' left out. */
	static long examined(List<QueryScans.Scan> scans) {
		return scans.stream().filter((scan) -> !isSweep(scan)).mapToLong(QueryScans.Scan::examined).sum();
	}

	/** Fails the benchmark when a report's figure is not the generator's. */
	static void check(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(message);
		}
	}

	/**
	 * The in-process marketplace a reports benchmark starts: its own database and
	 * catalogue alias, no funnel rebuilt behind the measurements' backs, quiet logs.
	 */
	static Map<String, Object> marketplaceSettings(String database) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("spring.mongodb.database", database);
		settings.put("marketplace.catalog.index.alias", database + "-listings");
		settings.put("marketplace.reports.funnel-refresh", "0");
		settings.put("logging.level.root", "WARN");
		return settings;
	}

}
