package ladakh.crafts.loadtests.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.embedded.EmbeddedEngines;
import ladakh.crafts.embedded.QueryScans;
import ladakh.crafts.loadtests.measure.MarkdownSection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The financial-year reports other than revenue and the funnel (issue 18, decision 0074):
 * stipends, subsidy kits, payouts, exhibitions and SHG revolving funds, and the
 * operations report's months, each built over the generated department the build's own
 * tests check them on (marketplace-web's {@code reports.funnel.GeneratedTraining}, 27
 * batches a centre-year, over 20,000 trainees, and {@code reports.scale}'s records on it)
 * and over the same department when it ran 3 batches a centre-year (a ninth of it), side
 * by side in one run. Each report's total is checked against its generator's own; records
 * which indexes served the reads. Writes docs/BENCHMARKS.md (its own section).
 * <p>
 * The generators are marketplace-web's test classes, loaded on a class loader of their
 * own (beside the marketplace's, whose component scan must never meet the tests'
 * configurations) and reached by name like the marketplace's own beans, so the benchmark
 * measures exactly the records the build's tests reckon with. Run it alone with
 * {@value #COMMAND}; it asserts no timing.
 */
@Tag("benchmark")
class TableReportsBenchmark {

	static final String COMMAND = "mvn -B -pl src/load-tests -am verify -Pbenchmarks -Dtest=TableReportsBenchmark";

	private static final String DATABASE = "table-reports-benchmark";

	private static final String MARKETPLACE = "ladakh.crafts.marketplace.";

	private static final String GENERATED = MARKETPLACE + "reports.scale.Generated";

	private static final int FULL_FIRST_YEAR = 2041;

	private static final int NINTH_FIRST_YEAR = 2051;

	/** Each report: its generator, the report's method and its total's path. */
	private static final List<Kind> KINDS = List.of(new Kind("stipends", "Stipends", "amount"),
			new Kind("kits", "Kits", "subsidy"), new Kind("payouts", "Payouts", "amount"),
			new Kind("exhibitions", "Exhibitions", "sales"), new Kind("shgFunds", "ShgFunds", "granted"));

	record Kind(String report, String generator, String total) {

	}

	@Test
	void theReportsOverTheGeneratedDepartmentAndANinthOfIt() throws Exception {
		// The engines the in-process marketplace connects to.
		EmbeddedEngines.forTests();
		double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Map<String, Object> settings = ReportMeasures.marketplaceSettings(DATABASE);
		StringBuilder rows = new StringBuilder();
		StringBuilder reads = new StringBuilder();
		String data;
		try (InProcessMarketplace marketplace = InProcessMarketplace.start(settings);
				URLClassLoader tests = new URLClassLoader(
						new URL[] {
								Path.of(System.getProperty("benchmarks.marketplace.test-classes")).toUri().toURL() },
						TableReportsBenchmark.class.getClassLoader())) {
			Object mongo = marketplace.context().getBean(templateClass());
			Object ledger = marketplace.context().getBean(Class.forName(MARKETPLACE + "treasury.RevenueLedger"));
			Object reports = marketplace.context().getBean(Class.forName(MARKETPLACE + "reports.FinancialYearReports"));
			long started = System.nanoTime();
			Department full = Department.write(tests, FULL_FIRST_YEAR, 27, mongo, ledger);
			Department ninth = Department.write(tests, NINTH_FIRST_YEAR, 3, mongo, ledger);
			data = String.format(Locale.ROOT,
					"| data | %,d trainees in %,d batches (and %,d in %,d), written with every report's records "
							+ "in %.1f s |%n",
					full.trainees, full.batches, ninth.trainees, ninth.batches, (System.nanoTime() - started) / 1e9);
			// The middle year: the first and last years' batches run into and out of
			// them.
			Object fullYear = year(FULL_FIRST_YEAR + 1);
			Object ninthYear = year(NINTH_FIRST_YEAR + 1);
			for (Kind kind : KINDS) {
				ReportMeasures.Step fullReport = () -> report(reports, kind.report(), fullYear);
				ReportMeasures.Step ninthReport = () -> report(reports, kind.report(), ninthYear);
				ReportMeasures.check(total(fullReport.run(), kind) == full.expected(kind, fullYear),
						kind.report() + ": the report's total is not the generator's");
				ReportMeasures.check(total(ninthReport.run(), kind) == ninth.expected(kind, ninthYear),
						kind.report() + ": the ninth's total is not the generator's");
				List<QueryScans.Scan> scans = ReportMeasures.scansOf(fullReport);
				long[] times = ReportMeasures.timesOf(fullReport, ninthReport);
				row(rows, kind.report() + " (`FinancialYearReports." + kind.report() + "`)", times,
						ReportMeasures.examined(scans), ReportMeasures.examined(ReportMeasures.scansOf(ninthReport)));
				ReportMeasures.scans(reads, kind.report(), scans, null);
			}
			Object operations = marketplace.context().getBean(Class.forName(MARKETPLACE + "reports.OperationsReports"));
			ReportMeasures.Step fullMonths = () -> operations(operations, YearMonth.of(FULL_FIRST_YEAR + 1, 8));
			ReportMeasures.Step ninthMonths = () -> operations(operations, YearMonth.of(NINTH_FIRST_YEAR + 1, 8));
			List<QueryScans.Scan> scans = ReportMeasures.scansOf(fullMonths);
			long[] times = ReportMeasures.timesOf(fullMonths, ninthMonths);
			row(rows, "operations, twelve months to August (`OperationsReports.report`)", times,
					ReportMeasures.examined(scans), ReportMeasures.examined(ReportMeasures.scansOf(ninthMonths)));
			ReportMeasures.scans(reads, "operations", scans, null);
		}
		String markdown = markdown(data, rows, reads, loadAtStart);
		System.out.println(markdown);
		String target = System.getProperty("benchmarks.report");
		if (target != null) {
			new MarkdownSection("table-reports-benchmark").write(Path.of(target), markdown);
		}
	}

	/** A generated department and every report's records on it. */
	record Department(Map<String, Object> generated, int trainees, int batches) {

		static Department write(ClassLoader tests, int firstYear, int batchesAYear, Object mongo, Object ledger)
				throws Exception {
			Class<?> trainingClass = Class.forName(MARKETPLACE + "reports.funnel.GeneratedTraining", true, tests);
			Object training = trainingClass.getConstructor(int.class, int.class).newInstance(firstYear, batchesAYear);
			trainingClass.getMethod("write", templateClass(), ledgerClass()).invoke(training, mongo, ledger);
			Map<String, Object> generated = new LinkedHashMap<>();
			for (String name : List.of("Stipends", "Kits", "Payouts", "Exhibitions", "ShgFunds", "Attendance")) {
				Class<?> generator = Class.forName(GENERATED + name, true, tests);
				Object records = generator.getConstructor(trainingClass).newInstance(training);
				generator.getMethod("write", templateClass()).invoke(records, mongo);
				generated.put(name, records);
			}
			List<?> batches = (List<?>) trainingClass.getField("batches").get(training);
			int trainees = 0;
			for (Object batch : batches) {
				trainees += ((List<?>) TreasuryBenchmark.Ledger.call(batch, "trainees")).size();
			}
			return new Department(generated, trainees, batches.size());
		}

		long expected(Kind kind, Object year) throws Exception {
			Object generator = this.generated.get(kind.generator());
			return (Long) generator.getClass().getMethod("expectedTotal", year.getClass()).invoke(generator, year);
		}

		private static Class<?> ledgerClass() throws ClassNotFoundException {
			return Class.forName(MARKETPLACE + "treasury.RevenueLedger");
		}

	}

	private static Class<?> templateClass() throws ClassNotFoundException {
		return Class.forName("org.springframework.data.mongodb.core.ReactiveMongoTemplate");
	}

	private static void row(StringBuilder rows, String report, long[] times, long fullRecords, long ninthRecords) {
		rows.append(String.format(Locale.ROOT, "| %s | %.0f ms (%,d records) | %.0f ms (%,d records) | %.1f× |%n",
				report, times[0] / 1e6, fullRecords, times[1] / 1e6, ninthRecords, (double) times[0] / times[1]));
	}

	private static Object year(int startYear) throws Exception {
		return Class.forName(MARKETPLACE + "treasury.FinancialYear").getConstructor(int.class).newInstance(startYear);
	}

	private static Object report(Object reports, String method, Object year) throws Exception {
		return ((Mono<?>) reports.getClass().getMethod(method, year.getClass()).invoke(reports, year)).block();
	}

	private static Object operations(Object operations, YearMonth last) throws Exception {
		return ((Mono<?>) operations.getClass().getMethod("report", YearMonth.class).invoke(operations, last)).block();
	}

	private static long total(Object report, Kind kind) throws Exception {
		return TreasuryBenchmark.Ledger
			.minor(TreasuryBenchmark.Ledger.call(TreasuryBenchmark.Ledger.call(report, "total"), kind.total()));
	}

	private static String markdown(String data, StringBuilder rows, StringBuilder reads, double loadAtStart) {
		StringBuilder out = new StringBuilder();
		out.append("## Table reports benchmark (issue 18)\n\n");
		out.append("Written by `TableReportsBenchmark` (src/load-tests) at the end of each run; run it with\n`")
			.append(COMMAND)
			.append("`.\n\n");
		out.append(BenchmarkReport.environmentRows());
		out.append(
				"| engines | in-process MongoDB-protocol server (memory backend, the project's declared indexes) |\n");
		out.append(data);
		out.append("\nThe middle of the three generated years, the department at its size and with a ninth of its "
				+ "batches (3 a centre-year instead of 27), with the records each report's reads examined: the "
				+ "trainees' records (stipends, kits, attendance) shrink with the batches; the exhibitions, the SHGs' "
				+ "funds and the monthly payout runs, which the generators size by the year and the sellers, much "
				+ "less.\n\n");
		out.append("| report | department's size | a ninth of its batches | ratio |\n|---|---|---|---|\n");
		out.append(rows);
		out.append("\nMedians of five runs after one unreported. Every report's total equals its generator's "
				+ "own (asserted).\n\n### Reads and the indexes that served them\n\n");
		out.append("| report | operation | filter | index | examined | returned |\n|---|---|---|---|---|---|\n");
		out.append(reads);
		out.append(String.format(Locale.ROOT,
				"%nLoad average (1 min) at start %.2f, at end %.2f: other work on the machine shares its cores.%n",
				loadAtStart, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		return out.toString();
	}

}
