package ladakh.crafts.loadtests.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Times every page in a few passes over all of them, instead of all of one page's
 * requests in a row. A burst of work elsewhere on the machine (a build, a merge, a
 * collector's pause) then touches a few samples of many pages rather than most samples of
 * one, and each page's median shrugs it off. Both phases of the page benchmark are
 * sampled alike; the number of requests per page is unchanged.
 */
final class PassSampler {

	/** A first answer slower than this is not warmed up again: it is slow, not cold. */
	private static final Duration SLOW = Duration.ofMillis(500);

	private final int passes;

	private final int samples;

	private final Duration budget;

	/**
	 * @param passes passes over all pages
	 * @param samples requests measured per page in all, spread over the passes
	 * @param budget time a page's requests may take in all; a slower page gets fewer, but
	 * at least one a pass
	 */
	PassSampler(int passes, int samples, Duration budget) {
		this.passes = passes;
		this.samples = samples;
		this.budget = budget;
	}

	/** Gives each row its median, through {@code into}. */
	void measure(List<PageReport.Row> rows, Map<String, Browser> browsers,
			BiConsumer<PageReport.Row, PageReport.Measure> into) throws IOException, InterruptedException {
		Map<PageReport.Row, List<Duration>> times = new HashMap<>();
		Map<PageReport.Row, Integer> statuses = new HashMap<>();
		int perPass = Math.max(1, this.samples / this.passes);
		Duration passBudget = this.budget.dividedBy(this.passes);
		for (int pass = 0; pass < this.passes; pass++) {
			for (PageReport.Row row : rows) {
				Browser browser = browsers.get(row.person());
				List<Duration> taken = times.computeIfAbsent(row, (key) -> new ArrayList<>());
				if (pass == 0) {
					statuses.put(row, warmUp(browser, row.path()));
				}
				long started = System.nanoTime();
				for (int i = 0; i < perPass && (i < 1 || System.nanoTime() - started < passBudget.toNanos()); i++) {
					Browser.Answer answer = browser.get(row.path());
					taken.add(answer.took());
					if (!answer.ok()) {
						statuses.put(row, answer.status());
					}
				}
			}
		}
		for (PageReport.Row row : rows) {
			List<Duration> taken = times.get(row);
			taken.sort(Comparator.naturalOrder());
			into.accept(row, new PageReport.Measure(taken.get(taken.size() / 2), taken.size(), statuses.get(row)));
		}
	}

	/** A few requests before any timing, unless the first shows the page is slow. */
	private static int warmUp(Browser browser, String path) throws IOException, InterruptedException {
		Browser.Answer first = browser.get(path);
		int warmUps = (first.took().compareTo(SLOW) > 0) ? 0 : 3;
		for (int i = 0; i < warmUps; i++) {
			browser.get(path);
		}
		return first.status();
	}

}
