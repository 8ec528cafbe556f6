package ladakh.crafts.loadtests.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import ladakh.crafts.loadtests.scale.ScaleDataLoader;
import ladakh.crafts.loadtests.scale.ScaleSizes;

/** The page benchmark's figures as Markdown, for its section of docs/BENCHMARKS.md. */
final class PageReport {

	private final String command;

	private final ScaleSizes sizes;

	private final double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

	private final Map<String, String> notMeasured = new TreeMap<>();

	private String backend;

	private Duration demoIndexed;

	private ScaleDataLoader.LoadReport loaded;

	private Duration scaleIndexed;

	private List<Row> rows = List.of();

	PageReport(String command, ScaleSizes sizes) {
		this.command = command;
		this.sizes = sizes;
	}

	void backend(String backend) {
		this.backend = backend;
	}

	void demoIndexed(Duration took) {
		this.demoIndexed = took;
	}

	void loaded(ScaleDataLoader.LoadReport loaded) {
		this.loaded = loaded;
	}

	void scaleIndexed(Duration took) {
		this.scaleIndexed = took;
	}

	void rows(List<Row> rows) {
		this.rows = List.copyOf(rows);
	}

	void notMeasured(String route, String why) {
		this.notMeasured.put(route, why);
	}

	String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("## Pages at demo size and at scale (issue 13)\n\n");
		out.append("Written by `PageBenchmark` (src/load-tests) at the end of each run; run it with\n`")
			.append(this.command)
			.append("` (`-Dbenchmarks.pages.sizes=smoke` for a quick look). Every GET route the marketplace maps ")
			.append("(read from its handler mappings), for every demo person who gets a 2xx answer (the visitor ")
			.append("alone when a visitor gets the page), with the demo's ids; one request at a time, after a ")
			.append("warm-up; the median of up to 15 requests, taken in three passes over all pages so that a ")
			.append("burst of other work on the machine touches a few samples of many pages, not one page's all ")
			.append("(fewer when a page is so slow that they would take more than 10 s). First at demo size, then, in the same process and on the same engines, with ")
			.append("the scale data set added beside the demo data (while the marketplace is stopped) and indexed. **Flagged** (⚠): the median grew more than ")
			.append(PageBenchmark.AIM)
			.append("× (issue 13 asks for at most ")
			.append(PageBenchmark.AIM)
			.append("×).\n\n");
		out.append(BenchmarkReport.environmentRows());
		out.append("| commit | ").append(commit()).append(" |\n");
		out.append("| engines | ").append(this.backend).append("; local Elasticsearch node |\n");
		out.append("| scale data set | ").append(this.sizes).append(" (`ScaleDataSet`, seed fixed)");
		if (this.loaded != null) {
			out.append(", added with insertMany in ").append(BenchmarkReport.seconds(this.loaded.took()));
		}
		out.append(" |\n");
		if (this.scaleIndexed != null) {
			out.append("| catalog index | the demo's listings indexed ")
				.append(BenchmarkReport.seconds(this.demoIndexed))
				.append(" after start; the scale listings (loaded dirty) indexed by the catalog sync ")
				.append(BenchmarkReport.seconds(this.scaleIndexed))
				.append(" after the marketplace restarted on the loaded store |\n");
		}
		out.append('\n');
		long flagged = this.rows.stream().filter(Row::flagged).count();
		out.append("| route | person | path | demo median | scale median | ratio | |\n");
		out.append("|---|---|---|---|---|---|---|\n");
		for (Row row : this.rows) {
			out.append("| `")
				.append(row.route())
				.append("` | ")
				.append(row.person())
				.append(" | `")
				.append(row.path())
				.append("` | ")
				.append(cell(row.demo))
				.append(" | ")
				.append(cell(row.scale))
				.append(" | ")
				.append((row.demo != null && row.scale != null) ? String.format(Locale.ROOT, "%.1f×", row.ratio()) : "")
				.append(" | ")
				.append(row.flagged() ? "⚠" : "")
				.append(" |\n");
		}
		out.append('\n')
			.append(String.format(Locale.ROOT, "**%d of %d pages grew more than %d×.**%n", flagged, this.rows.size(),
					PageBenchmark.AIM));
		if (!this.notMeasured.isEmpty()) {
			out.append("\nNot measured:\n\n");
			this.notMeasured
				.forEach((route, why) -> out.append("- `").append(route).append("`: ").append(why).append('\n'));
		}
		double loadAtEnd = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		out.append(String.format(Locale.ROOT,
				"%nLoad average (1 min) at start %.2f, at end %.2f: other work on the machine shares its cores.%n",
				this.loadAtStart, loadAtEnd));
		return out.toString();
	}

	private static String cell(Measure measure) {
		if (measure == null) {
			return "";
		}
		String median = BenchmarkReport.millis(measure.median());
		String count = (measure.count() < 15) ? " (" + measure.count() + ")" : "";
		String status = (measure.status() >= 200 && measure.status() < 300) ? "" : " answered " + measure.status();
		return median + count + status;
	}

	private static String commit() {
		try {
			Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true)
				.directory(Path.of("").toAbsolutePath().toFile())
				.start();
			String out = new String(git.getInputStream().readAllBytes()).strip();
			return (git.waitFor() == 0) ? out : "unknown";
		}
		catch (IOException ex) {
			return "unknown";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

	/**
	 * One page for one person.
	 *
	 * @param median the median request
	 * @param count requests measured
	 * @param status the answer's status (a non-2xx one if any request got one)
	 */
	record Measure(Duration median, int count, int status) {

	}

	/** A route, who asks for it, the path asked for, and its two medians. */
	static final class Row {

		private final String route;

		private final String person;

		private final String path;

		private Measure demo;

		private Measure scale;

		Row(String route, String person, String path) {
			this.route = route;
			this.person = person;
			this.path = path;
		}

		String route() {
			return this.route;
		}

		String person() {
			return this.person;
		}

		String path() {
			return this.path;
		}

		void demo(Measure measure) {
			this.demo = measure;
		}

		void scale(Measure measure) {
			this.scale = measure;
		}

		double ratio() {
			return (double) this.scale.median().toNanos() / this.demo.median().toNanos();
		}

		boolean flagged() {
			return this.demo != null && this.scale != null && ratio() > PageBenchmark.AIM;
		}

	}

}
