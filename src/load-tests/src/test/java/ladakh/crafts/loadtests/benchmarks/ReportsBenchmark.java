package ladakh.crafts.loadtests.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import ladakh.crafts.embedded.EmbeddedEngines;
import ladakh.crafts.embedded.QueryScans;
import ladakh.crafts.loadtests.measure.MarkdownSection;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The department's reports over a department's three years (issue 18, decisions 0074 and
 * 0075): 500,000 revenue-ledger lines over three financial years (100,000 orders paid
 * online among them) from 12,000 artisans and twelve training centres, and 20,000
 * trainees in 972 batches whose registered ex-trainees are those artisans, with their
 * listings. Times, side by side in one run, each report at the department's size and at a
 * tenth of it: the revenue report of a year of 167,000 lines against one of 16,700, and
 * the funnel built over 20,000 trainees against the same department when it had trained
 * 2,000; records which indexes served their reads. Writes its figures into
 * docs/BENCHMARKS.md (its own section).
 * <p>
 * Not part of the normal build; run it alone with {@value #COMMAND}. It asserts only that
 * each revenue report's total is the generator's, never a timing.
 */
@Tag("benchmark")
class ReportsBenchmark {

	static final String COMMAND = "mvn -B -pl src/load-tests -am verify -Pbenchmarks -Dtest=ReportsBenchmark";

	private static final String DATABASE = "reports-benchmark";

	private static final int LINES_A_YEAR = Integer.getInteger("benchmarks.reports.lines", 167_000);

	private static final int ARTISANS = 12_000;

	private static final int CENTRES = 12;

	private static final int BATCHES_A_CENTRE_YEAR = 27;

	private static final int FIRST_YEAR = 2031;

	private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	private static final String REPORTS = "ladakh.crafts.marketplace.reports.";

	private static final String[] CRAFTS = { "pashmina-weaving", "thangka-painting", "wood-carving", "carpet-weaving" };

	@Test
	void theReportsAtADepartmentsSizeAndATenthOfIt() throws Exception {
		EmbeddedEngines engines = EmbeddedEngines.forTests();
		double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Map<String, Object> settings = ReportMeasures.marketplaceSettings(DATABASE);
		String markdown;
		try (MongoClient client = MongoClients.create(engines.mongoUri());
				InProcessMarketplace marketplace = InProcessMarketplace.start(settings)) {
			MongoDatabase database = client.getDatabase(DATABASE);
			TreasuryBenchmark.Ledger ledger = new TreasuryBenchmark.Ledger(
					marketplace.context().getBean(Class.forName("ladakh.crafts.marketplace.treasury.RevenueLedger")));
			Object reports = marketplace.context().getBean(Class.forName(REPORTS + "FinancialYearReports"));
			Object funnel = marketplace.context().getBean(Class.forName(REPORTS + "funnel.FunnelSnapshots"));
			Random random = new Random(18);
			Department department = new Department();
			long started = System.nanoTime();
			department.writeSellers(database);
			long[] totals = new long[4];
			long lines = 0;
			for (int year = 0; year < 4; year++) {
				// Three years at the department's size, then a fourth at a tenth of it.
				int count = (year < 3) ? LINES_A_YEAR : LINES_A_YEAR / 10;
				long[] written = department.writeYear(ledger, FIRST_YEAR + year, count, random);
				lines += written[0];
				totals[year] = written[1];
			}
			Duration ledgerTook = Duration.ofNanos(System.nanoTime() - started);

			// Revenue: a year at the department's size and the tenth-size year.
			String full = label(FIRST_YEAR);
			String tenth = label(FIRST_YEAR + 3);
			for (int i = 0; i < 2; i++) {
				revenue(reports, FIRST_YEAR);
				revenue(reports, FIRST_YEAR + 3);
			}
			List<QueryScans.Scan> scans = ReportMeasures.scansOf(() -> revenue(reports, FIRST_YEAR));
			Object fullReport = revenue(reports, FIRST_YEAR);
			long fullTotal = TreasuryBenchmark.Ledger
				.minor(TreasuryBenchmark.Ledger.call(TreasuryBenchmark.Ledger.call(fullReport, "total"), "total"));
			ReportMeasures.check(fullTotal == totals[0],
					"the revenue report's total " + fullTotal + " is not the generator's");
			long tenthTotal = TreasuryBenchmark.Ledger.minor(TreasuryBenchmark.Ledger
				.call(TreasuryBenchmark.Ledger.call(revenue(reports, FIRST_YEAR + 3), "total"), "total"));
			ReportMeasures.check(tenthTotal == totals[3],
					"the tenth year's total " + tenthTotal + " is not the generator's");
			long[] revenueTimes = ReportMeasures.timesOf(() -> revenue(reports, FIRST_YEAR),
					() -> revenue(reports, FIRST_YEAR + 3));

			// The funnel: a tenth of the trainees first, then all of them.
			started = System.nanoTime();
			int tenthBatches = department.writeTraining(database, 0, department.batches / 10, random);
			long[] funnelTenth = ReportMeasures.timesOf(() -> rebuild(funnel));
			int allBatches = tenthBatches
					+ department.writeTraining(database, department.batches / 10, department.batches, random);
			Duration trainingTook = Duration.ofNanos(System.nanoTime() - started);
			List<QueryScans.Scan> funnelScans = ReportMeasures.scansOf(() -> rebuild(funnel));
			long[] funnelFull = ReportMeasures.timesOf(() -> rebuild(funnel));
			markdown = markdown(lines, ledgerTook, trainingTook, department, full, tenth, revenueTimes, allBatches,
					tenthBatches, funnelFull[0], funnelTenth[0], scans, funnelScans, loadAtStart);
		}
		System.out.println(markdown);
		String target = System.getProperty("benchmarks.report");
		if (target != null) {
			new MarkdownSection("reports-benchmark").write(Path.of(target), markdown);
		}
	}

	/** The department's sellers, trainees and listings as they are stored. */
	static final class Department {

		final int batches = CENTRES * 3 * BATCHES_A_CENTRE_YEAR;

		int trainees;

		int registered;

		private int nextArtisan;

		private final List<Object[]> ledgerSellers = new ArrayList<>();

		void writeSellers(MongoDatabase database) throws Exception {
			List<Document> sellers = new ArrayList<>();
			for (int c = 0; c < CENTRES; c++) {
				sellers.add(new Document("_id", centre(c)).append("type", "TRAINING_CENTRE")
					.append("name", "Handicraft Training Centre, Benchmark " + c)
					.append("district", (c % 3 == 0) ? "KARGIL" : "LEH")
					.append("status", "ACTIVE")
					.append("createdAt", new Date())
					.append("centre", new Document("scheme", "DISTRICT_PLAN").append("intakeCapacity", 30)));
			}
			for (int a = 0; a < ARTISANS; a++) {
				sellers.add(new Document("_id", artisan(a)).append("type", "ARTISAN")
					.append("name", "Benchmark artisan " + a)
					.append("district", (a % 3 == 0) ? "KARGIL" : "LEH")
					.append("crafts", List.of(CRAFTS[a % CRAFTS.length]))
					.append("story", new Document("en", "").append("hi", ""))
					.append("status", "EXPIRED")
					.append("registrationNumber", "LEH/HC/2031/" + a)
					.append("registeredOn", LocalDate.of(FIRST_YEAR, 4, 1).plusDays(a % 700).toString())
					.append("createdAt", new Date()));
			}
			insert(database, "sellers", sellers);
			List<Document> listings = new ArrayList<>();
			for (int a = 0; a < ARTISANS; a += 3) {
				Date published = Date
					.from(LocalDate.of(FIRST_YEAR, 6, 1).plusDays(a % 600).atStartOfDay(INDIA).toInstant());
				listings.add(new Document("_id", "rb-l-" + a).append("sellerId", artisan(a))
					.append("status", "PAUSED")
					.append("title", new Document("en", "Benchmark piece " + a).append("hi", "पश्मीना शॉल"))
					.append("craft", CRAFTS[a % CRAFTS.length])
					.append("priceMinor", 2_450_000L)
					.append("currency", "INR")
					.append("stock", 0)
					.append("photos", List.of())
					.append("version", 0L)
					.append("rev", 1L)
					.append("dirty", false)
					.append("createdAt", published)
					.append("updatedAt", published)
					.append("publishedAt", published));
			}
			insert(database, "listings", listings);
		}

		/**
		 * A year of lines across the artisans (two in three of them sell) and the
		 * centres; returns the lines written and their total.
		 */
		long[] writeYear(TreasuryBenchmark.Ledger ledger, int startYear, int lines, Random random) throws Exception {
			if (this.ledgerSellers.isEmpty()) {
				for (int a = 0; a < ARTISANS; a++) {
					if (a % 3 != 2) {
						this.ledgerSellers.add(new Object[] { ledger.facts(artisan(a), "ARTISAN",
								CRAFTS[a % CRAFTS.length], (a % 3 == 0) ? "KARGIL" : "LEH"), 500 });
					}
				}
				for (int c = 0; c < CENTRES; c++) {
					this.ledgerSellers.add(new Object[] {
							ledger.facts(centre(c), "TRAINING_CENTRE", CRAFTS[c % 4], (c % 3 == 0) ? "KARGIL" : "LEH"),
							0 });
				}
			}
			Instant from = LocalDate.of(startYear, 4, 1).atStartOfDay(INDIA).toInstant();
			long seconds = Duration.between(from, LocalDate.of(startYear + 1, 4, 1).atStartOfDay(INDIA).toInstant())
				.getSeconds() - 86_400;
			List<Object> batch = new ArrayList<>();
			long written = 0;
			long total = 0;
			String tag = "rb" + startYear;
			for (int n = 0; n < lines; n++) {
				Object[] seller = this.ledgerSellers.get(random.nextInt(this.ledgerSellers.size()));
				Instant at = from.plusSeconds((long) (random.nextDouble() * seconds));
				long paise = 10_000L + random.nextInt(2_500_000);
				int roll = random.nextInt(100);
				if (roll < 60) {
					String part = tag + "-o" + n + "-1";
					batch.add(ledger.line("sale:" + part, "SALE", seller, paise, "ONLINE", "CARD", at, tag + "-o" + n,
							part, null));
				}
				else if (roll < 90) {
					batch.add(ledger.line("stall:" + tag + "-st" + n, "SALE", seller, paise, "STALL", "CASH", at, null,
							null, tag + "-fair-" + (n % 7)));
				}
				else {
					batch.add(ledger.line("complex:" + tag + "-cx" + n, "SALE", seller, paise, "COMPLEX", "UPI", at,
							null, null, null));
				}
				total += paise;
				if (batch.size() >= 2_500) {
					written += ledger.recordAll(batch);
					batch.clear();
				}
			}
			written += ledger.recordAll(batch);
			return new long[] { written, total };
		}

		/**
		 * Batches {@code from} (inclusive) to {@code to} (exclusive) of the three years,
		 * 16 to 27 trainees each; two in three who complete register as the next artisan.
		 * Returns how many batches were written.
		 */
		int writeTraining(MongoDatabase database, int from, int to, Random random) throws Exception {
			List<Document> batches = new ArrayList<>();
			for (int b = from; b < to; b++) {
				int year = b / (CENTRES * BATCHES_A_CENTRE_YEAR);
				int c = (b / BATCHES_A_CENTRE_YEAR) % CENTRES;
				LocalDate endsOn = LocalDate.of(FIRST_YEAR + year, 4, 1).plusDays(random.nextInt(365));
				List<Document> trainees = new ArrayList<>();
				int size = 16 + random.nextInt(12);
				for (int t = 0; t < size; t++) {
					boolean completed = random.nextInt(10) < 8;
					String artisanId = (completed && random.nextInt(3) < 2 && this.nextArtisan < ARTISANS)
							? artisan(this.nextArtisan++) : null;
					this.registered += (artisanId != null) ? 1 : 0;
					trainees
						.add(new Document("traineeId", "rb-b" + b + "-t" + t).append("name", "Trainee " + b + "-" + t)
							.append("status", completed ? "COMPLETED" : "DROPPED")
							.append("outcome", (artisanId != null) ? "REGISTERED_ARTISAN" : "NONE")
							.append("artisanId", artisanId));
				}
				this.trainees += size;
				batches.add(new Document("_id", String.format("rb-b%05d", b)).append("centreId", centre(c))
					.append("craft", CRAFTS[b % CRAFTS.length])
					.append("startsOn", endsOn.minusMonths(6).plusDays(1).toString())
					.append("endsOn", endsOn.toString())
					.append("capacity", 30)
					.append("seatsLeft", 30 - size)
					.append("trainees", trainees));
			}
			insert(database, "centre_batches", batches);
			return batches.size();
		}

		private static String artisan(int n) {
			return String.format("rb-art-%05d", n);
		}

		private static String centre(int n) {
			return String.format("rb-tc-%02d", n);
		}

	}

	private static Object revenue(Object reports, int startYear) throws Exception {
		Object year = Class.forName("ladakh.crafts.marketplace.treasury.FinancialYear")
			.getConstructor(int.class)
			.newInstance(startYear);
		return ((Mono<?>) reports.getClass().getMethod("revenue", year.getClass()).invoke(reports, year)).block();
	}

	private static Object rebuild(Object funnel) throws Exception {
		return ((Mono<?>) funnel.getClass().getMethod("rebuild").invoke(funnel)).block();
	}

	private static void insert(MongoDatabase database, String collection, List<Document> documents) {
		Flux.fromIterable(documents)
			.buffer(2_500)
			.concatMap((batch) -> Mono.from(database.getCollection(collection).insertMany(batch)))
			.blockLast();
	}

	private static String label(int startYear) {
		return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
	}

	private static String markdown(long lines, Duration ledgerTook, Duration trainingTook, Department department,
			String full, String tenth, long[] revenue, int batches, int tenthBatches, long funnelFull, long funnelTenth,
			List<QueryScans.Scan> revenueScans, List<QueryScans.Scan> funnelScans, double loadAtStart) {
		StringBuilder out = new StringBuilder();
		out.append("## Reports benchmark (issue 18)\n\n");
		out.append("Written by `ReportsBenchmark` (src/load-tests) at the end of each run; run it with\n`")
			.append(COMMAND)
			.append("`.\n\n");
		out.append(BenchmarkReport.environmentRows());
		out.append(
				"| engines | in-process MongoDB-protocol server (memory backend, the project's declared indexes) |\n");
		out.append(String.format(Locale.ROOT,
				"| data | %,d ledger lines (three years of %,d and a fourth of %,d; 60 %% online orders) from %,d "
						+ "artisans and %d training centres, written through `RevenueLedger.recordAll` in %.1f s; "
						+ "%,d trainees in %,d batches (%,d registered as artisans), with a listing for one artisan in "
						+ "three, written in %.1f s |%n",
				lines, LINES_A_YEAR, LINES_A_YEAR / 10, ARTISANS, CENTRES, ledgerTook.toMillis() / 1000.0,
				department.trainees, batches, department.registered, trainingTook.toMillis() / 1000.0));
		out.append("\n| report | department's size | a tenth of it | ratio |\n|---|---|---|---|\n");
		out.append(String.format(Locale.ROOT,
				"| revenue report of a year (`FinancialYearReports.revenue`: one `$group` of the year's lines, "
						+ "folded into six breakdowns) | %.0f ms (%s, %,d lines) | %.0f ms (%s, %,d lines) | %.1f× |%n",
				revenue[0] / 1e6, full, LINES_A_YEAR, revenue[1] / 1e6, tenth, LINES_A_YEAR / 10,
				(double) revenue[0] / revenue[1]));
		out.append(String.format(Locale.ROOT,
				"| the funnel built and kept (`FunnelSnapshots.rebuild`: every batch a page of 100 at a time, and "
						+ "only those batches' sellers) | %.0f ms (%,d batches) | %.0f ms (%,d batches) | %.1f× |%n",
				funnelFull / 1e6, batches, funnelTenth / 1e6, tenthBatches, (double) funnelFull / funnelTenth));
		out.append("\nMedians of ").append(ReportMeasures.ROUNDS).append(" runs after one unreported. ");
		out.append("Every page that shows the funnel reads the kept one by its id (one document); the home pages "
				+ "keep the year's revenue five minutes (decision 0074).\n\n");
		out.append("### Reads and the indexes that served them\n\n");
		out.append("| report | operation | filter | index | examined | returned |\n|---|---|---|---|---|---|\n");
		ReportMeasures.scans(out, "revenue", revenueScans, List.of("revenue_ledger"));
		ReportMeasures.scans(out, "funnel", funnelScans,
				List.of("centre_batches", "sellers", "listings", "revenue_ledger"));
		out.append(String.format(Locale.ROOT,
				"%nThe revenue reports' totals equal the generator's own (asserted). Load average (1 min) at start "
						+ "%.2f, at end %.2f: other work on the machine shares its cores.%n",
				loadAtStart, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		return out.toString();
	}

}
