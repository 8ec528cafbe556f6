package ladakh.crafts.loadtests.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import ladakh.crafts.embedded.EmbeddedEngines;
import ladakh.crafts.embedded.QueryScans;
import ladakh.crafts.loadtests.measure.MarkdownSection;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The financial-year summary over a generated year (issue 16, decision 0068): writes a
 * year of at least 100,000 revenue-ledger lines through the marketplace's own bulk path
 * ({@code treasury.RevenueLedger.recordAll}; lines built by {@code LedgerEntry.of} and
 * {@code reversal}, as {@code GeneratedLedgerYearTests} does): orders paid online and
 * some refunded, stall sales, artisan-complex sales, training-centre sales, a few
 * reversals, across sellers of every kind. Then times {@code RevenueLedger.summaryOf}
 * (totals by seller kind × channel × payee) and the same with every page of
 * {@code sellerTotals} (each seller's totals), after warm-up runs, and records the
 * embedded engine's scan counters for each query (the index that served it, documents
 * examined and matched). Writes its figures into docs/BENCHMARKS.md (its own section).
 * <p>
 * Not part of the normal build; run it alone with {@value #COMMAND}. It asserts only that
 * the summary's total is the generator's, never a timing.
 */
@Tag("benchmark")
class TreasuryBenchmark {

	static final String COMMAND = "mvn -B -pl src/load-tests -am verify -Pbenchmarks -Dtest=TreasuryBenchmark";

	private static final String DATABASE = "treasury-benchmark";

	private static final int LINES = Integer.getInteger("benchmarks.treasury.lines", 102_000);

	private static final int ROUNDS = Integer.getInteger("benchmarks.treasury.rounds", 11);

	private static final int BATCH = 2_500;

	private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	private static final String TREASURY = "ladakh.crafts.marketplace.treasury.";

	private static final String[] KINDS = { "ARTISAN", "SHG", "UNIT_HOLDER", "CO_OPERATIVE", "TRAINING_CENTRE" };

	private static final int[] SELLERS = { 160, 90, 60, 40, 30 };

	private static final int[] BPS = { 500, 250, 300, 150, 0 };

	private static final String[] ONLINE_MODES = { "CARD", "CARD", "CARD", "COUNTER", "UPI", "BANK_TRANSFER" };

	@Test
	void theFinancialYearSummaryOverAGeneratedYear() throws Exception {
		EmbeddedEngines engines = EmbeddedEngines.forTests();
		double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("spring.mongodb.database", DATABASE);
		settings.put("marketplace.catalog.index.alias", "treasury-benchmark-listings");
		settings.put("logging.level.root", "WARN");
		String markdown;
		try (MongoClient client = MongoClients.create(engines.mongoUri());
				InProcessMarketplace marketplace = InProcessMarketplace.start(settings)) {
			Ledger ledger = new Ledger(marketplace.context().getBean(Class.forName(TREASURY + "RevenueLedger")));
			// The year: one nobody else writes to, so the summary is the generator's.
			int startYear = 2031;
			Generated generated = generate(ledger, startYear);
			String fy = startYear + "-" + String.format("%02d", (startYear + 1) % 100);

			// Warm-up, not reported.
			for (int i = 0; i < 3; i++) {
				ledger.summary(fy);
				ledger.allSellerPages(fy);
			}
			List<QueryScans.Scan> scans = new CopyOnWriteArrayList<>();
			Object summary;
			int pages;
			try (QueryScans.Subscription subscription = QueryScans.subscribe(-1, scans::add)) {
				summary = ledger.summary(fy);
				pages = ledger.allSellerPages(fy);
			}
			long[] summaryNanos = new long[ROUNDS];
			long[] withSellersNanos = new long[ROUNDS];
			for (int i = 0; i < ROUNDS; i++) {
				long start = System.nanoTime();
				ledger.summary(fy);
				summaryNanos[i] = System.nanoTime() - start;
				start = System.nanoTime();
				ledger.summary(fy);
				ledger.allSellerPages(fy);
				withSellersNanos[i] = System.nanoTime() - start;
			}
			long total = ledger.total(summary);
			check(total == generated.total,
					"the summary's total " + total + " is not the generator's " + generated.total);
			List<Document> indexes = Flux
				.from(client.getDatabase(DATABASE).getCollection("revenue_ledger").listIndexes())
				.collectList()
				.block();
			markdown = markdown(generated, fy, summary, ledger, median(summaryNanos), median(withSellersNanos), pages,
					scans, indexes, loadAtStart);
		}
		System.out.println(markdown);
		String target = System.getProperty("benchmarks.report");
		if (target != null) {
			new MarkdownSection("treasury-benchmark").write(Path.of(target), markdown);
		}
	}

	/** What was generated: the lines written, their total, how long the writes took. */
	record Generated(long lines, long total, long reversals, long sellers, Duration took) {

	}

	private static Generated generate(Ledger ledger, int startYear) throws Exception {
		Random random = new Random(16);
		Instant yearStart = LocalDate.of(startYear, 4, 1).atStartOfDay(INDIA).toInstant();
		Instant yearEnd = LocalDate.of(startYear + 1, 4, 1).atStartOfDay(INDIA).toInstant();
		long yearSeconds = yearEnd.getEpochSecond() - yearStart.getEpochSecond();
		List<Object[]> sellers = new ArrayList<>();
		for (int k = 0; k < KINDS.length; k++) {
			for (int n = 0; n < SELLERS[k]; n++) {
				sellers.add(new Object[] { ledger.facts("tb-" + KINDS[k].toLowerCase(Locale.ROOT) + "-" + n, KINDS[k],
						"PASHMINA", (n % 3 == 0) ? "KARGIL" : "LEH"), BPS[k] });
			}
		}
		List<Object> batch = new ArrayList<>();
		List<Object> toReverse = new ArrayList<>();
		long written = 0;
		long total = 0;
		long started = System.nanoTime();
		int n = 0;
		while (written + batch.size() < LINES) {
			n++;
			Object[] seller = sellers.get(random.nextInt(sellers.size()));
			Instant at = Instant
				.ofEpochSecond(yearStart.getEpochSecond() + (long) (random.nextDouble() * (yearSeconds - 86_400)));
			long paise = 10_000L + random.nextInt(2_500_000);
			int roll = random.nextInt(100);
			Object line;
			if (roll < 60) {
				String part = "tb-o" + n + "-1";
				line = ledger.line("sale:" + part, "SALE", seller, paise, "ONLINE",
						ONLINE_MODES[random.nextInt(ONLINE_MODES.length)], at, "tb-o" + n, part, null);
				if (random.nextInt(100) < 9) {
					long refund = random.nextBoolean() ? paise : 1 + random.nextInt((int) paise - 1);
					Instant refundAt = at.plus(Duration.ofHours(1 + random.nextInt(20 * 24)));
					refundAt = refundAt.isBefore(yearEnd) ? refundAt : yearEnd.minusSeconds(60);
					batch.add(ledger.line("refund:" + part, "REFUND", seller, refund, "ONLINE", "CARD", refundAt,
							"tb-o" + n, part, null));
					total -= refund;
				}
			}
			else if (roll < 90) {
				line = ledger.line("stall:tb-st" + n, "SALE", seller, paise, "STALL",
						random.nextBoolean() ? "CASH" : "UPI", at, null, null, "tb-fair-" + (n % 7));
			}
			else {
				line = ledger.line("complex:tb-cx" + n, "SALE", seller, paise, "COMPLEX", "CASH", at, null, null, null);
			}
			total += paise;
			batch.add(line);
			if (toReverse.size() < 60 && random.nextInt(1_500) == 0) {
				toReverse.add(line);
			}
			if (batch.size() >= BATCH) {
				written += ledger.recordAll(batch);
				batch.clear();
			}
		}
		for (Object line : toReverse) {
			batch.add(ledger.reversal(line, yearEnd.minus(Duration.ofHours(1 + random.nextInt(72)))));
			total -= ledger.amount(line);
		}
		// 23:59 IST on 31 March in the year, 00:01 IST on 1 April in the next.
		LocalDateTime lastMinute = LocalDateTime.of(startYear + 1, 3, 31, 23, 59);
		batch.add(ledger.line("stall:tb-last-minute", "SALE", sellers.get(0), 123_456, "STALL", "CASH",
				lastMinute.atZone(INDIA).toInstant(), null, null, "tb-fair-0"));
		total += 123_456;
		batch.add(ledger.line("stall:tb-first-minute", "SALE", sellers.get(0), 654_321, "STALL", "UPI",
				lastMinute.plusMinutes(2).atZone(INDIA).toInstant(), null, null, "tb-fair-0"));
		written += ledger.recordAll(batch);
		return new Generated(written, total, toReverse.size(), sellers.size(),
				Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * The marketplace's ledger, named, not imported (its classes are on the classpath).
	 */
	static final class Ledger {

		private final Object bean;

		private final Constructor<?> facts;

		private final Method of;

		private final Method paise;

		private final Method reversal;

		private final Method recordAll;

		private final Method summaryOf;

		private final Method sellerTotals;

		Ledger(Object bean) throws Exception {
			this.bean = bean;
			Class<?> factsClass = Class.forName(TREASURY + "SellerFacts");
			Class<?> entry = Class.forName(TREASURY + "LedgerEntry");
			Class<?> money = Class.forName("ladakh.crafts.marketplace.shared.Money");
			this.facts = factsClass.getConstructor(String.class, String.class, String.class, String.class);
			this.of = entry.getMethod("of", String.class, String.class, factsClass, money, int.class, String.class,
					String.class, Instant.class, String.class, String.class, String.class, String.class);
			this.paise = money.getMethod("paise", long.class);
			this.reversal = entry.getMethod("reversal", Instant.class, String.class, String.class);
			this.recordAll = bean.getClass().getMethod("recordAll", List.class);
			this.summaryOf = bean.getClass().getMethod("summaryOf", String.class);
			this.sellerTotals = bean.getClass().getMethod("sellerTotals", String.class, String.class);
		}

		Object facts(String id, String kind, String craft, String district) throws Exception {
			return this.facts.newInstance(id, kind, craft, district);
		}

		Object line(String id, String kind, Object[] seller, long paise, String channel, String mode, Instant at,
				String orderId, String partId, String exhibitionId) throws Exception {
			return this.of.invoke(null, id, kind, seller[0], this.paise.invoke(null, paise), seller[1], channel, mode,
					at, orderId, partId, exhibitionId, "ref-" + id);
		}

		Object reversal(Object line, Instant at) throws Exception {
			return this.reversal.invoke(line, at, "benchmark correction", "tb-accounts");
		}

		long amount(Object line) throws Exception {
			return minor(call(line, "amount"));
		}

		int recordAll(List<Object> lines) throws Exception {
			return (Integer) ((Mono<?>) this.recordAll.invoke(this.bean, List.copyOf(lines))).block();
		}

		Object summary(String fy) throws Exception {
			return ((Mono<?>) this.summaryOf.invoke(this.bean, fy)).block();
		}

		/** Every page of the year's per-seller totals; how many pages. */
		int allSellerPages(String fy) throws Exception {
			String after = null;
			int pages = 0;
			while (true) {
				List<?> page = ((Flux<?>) this.sellerTotals.invoke(this.bean, fy, after)).collectList().block();
				if (page.isEmpty()) {
					return pages;
				}
				pages++;
				after = (String) call(page.get(page.size() - 1), "sellerId");
			}
		}

		long total(Object summary) throws Exception {
			return minor(call(call(summary, "total"), "total"));
		}

		List<?> rows(Object summary) throws Exception {
			return (List<?>) call(summary, "rows");
		}

		static Object call(Object target, String accessor) throws Exception {
			try {
				return target.getClass().getMethod(accessor).invoke(target);
			}
			catch (InvocationTargetException ex) {
				throw (ex.getCause() instanceof Exception cause) ? cause : ex;
			}
		}

		static long minor(Object money) throws Exception {
			return (Long) call(money, "minor");
		}

	}

	private static String markdown(Generated generated, String fy, Object summary, Ledger ledger, long summaryNanos,
			long withSellersNanos, int pages, List<QueryScans.Scan> scans, List<Document> indexes, double loadAtStart)
			throws Exception {
		StringBuilder out = new StringBuilder();
		out.append("## Financial-year summary benchmark (issue 16)\n\n");
		out.append("Written by `TreasuryBenchmark` (src/load-tests) at the end of each run; run it with\n`")
			.append(COMMAND)
			.append("`.\n\n");
		out.append(BenchmarkReport.environmentRows());
		out.append(
				"| engines | in-process MongoDB-protocol server (memory backend, the project's declared indexes) |\n");
		out.append(String.format(Locale.ROOT,
				"| data | %,d ledger lines for %s (and one on 1 April 00:01 IST in the next year) from %,d sellers "
						+ "of the five kinds: orders paid online (9 %% refunded), stall sales, artisan-complex sales, "
						+ "%d reversals; written through `RevenueLedger.recordAll` in bulk inserts of %,d in %.1f s |%n",
				generated.lines(), fy, generated.sellers(), generated.reversals(), BATCH,
				generated.took().toMillis() / 1000.0));
		out.append("\n| building | median of ").append(ROUNDS).append(" runs |\n|---|---|\n");
		out.append(String.format(Locale.ROOT,
				"| `RevenueLedger.summaryOf(\"%s\")`: totals by seller kind × channel × payee (%d rows) | %.0f ms |%n",
				fy, ledger.rows(summary).size(), summaryNanos / 1e6));
		out.append(String.format(Locale.ROOT,
				"| the same and every seller's totals (`sellerTotals`, %d pages of 50) | %.0f ms |%n", pages,
				withSellersNanos / 1e6));
		out.append("\n### Query plan\n\n");
		out.append("Declared on `revenue_ledger` (decision 0068): ");
		List<String> names = new ArrayList<>();
		for (Document index : indexes) {
			names.add("`" + index.getString("name") + "` " + ((Document) index.get("key")).toJson());
		}
		out.append(String.join(", ", names)).append(".\n\n");
		out.append("The engine's scan counters for one summary with every seller page (each aggregate's leading "
				+ "`$match`: the index that served it, documents examined and matched; the `$group` runs on "
				+ "the matched lines):\n\n");
		out.append("| operation | `$match` | index | examined | matched |\n|---|---|---|---|---|\n");
		Map<String, long[]> grouped = new LinkedHashMap<>();
		Map<String, String> indexOf = new LinkedHashMap<>();
		for (QueryScans.Scan scan : scans) {
			if (!scan.namespace().endsWith(".revenue_ledger")) {
				continue;
			}
			String key = scan.operation() + " | `" + scan.shape().replace("|", "\\|") + "`";
			long[] counts = grouped.computeIfAbsent(key, (k) -> new long[3]);
			counts[0]++;
			counts[1] += scan.examined();
			counts[2] += scan.returned();
			indexOf.put(key, String.valueOf(scan.index()));
		}
		grouped.forEach((key, counts) -> out.append(String.format(Locale.ROOT, "| %s%s | %s | %,d | %,d |%n", key,
				(counts[0] > 1) ? " (×" + counts[0] + ")" : "", indexOf.get(key), counts[1], counts[2])));
		out.append(String
			.format(Locale.ROOT, "%nThe summary's total equals the generator's own running total (asserted). "
					+ "Load average (1 min) at start %.2f, at end %.2f: other work on the machine shares its cores.%n",
					loadAtStart, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		return out.toString();
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new AssertionError(message);
		}
	}

}
