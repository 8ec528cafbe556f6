package ladakh.crafts.marketplace.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining;
import ladakh.crafts.marketplace.reports.scale.DepartmentLedger;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import ladakh.crafts.marketplace.treasury.GeneratedLedgerYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revenue report over three generated financial years of one department (issue 18's
 * data): at least 500,000 ledger lines from the same sellers, 100,000 orders paid online
 * among them, written into the years of the generated training department
 * ({@link GeneratedTraining}: 20,000 trainees, whose ex-trainees' stall sales are lines
 * of the same years, and on whom the other reports' {@code *AtScaleTests} stand). Every
 * year's revenue, in every breakdown, equals the generators' own totals, reckoned from
 * the amounts they drew; how long each year's report took is printed, never asserted (the
 * figures are in docs/BENCHMARKS.md).
 */
@MockServerTest
class ThreeYearReportsTests extends AtScaleReportTests {

	private static final String[] BREAKDOWNS = { "month", "channel", "seller-kind", "craft", "district", "centre" };

	private static List<GeneratedLedgerYear> years;

	private static GeneratedTraining department;

	@BeforeEach
	void threeYears() {
		department = GeneratedTraining.written(this.mongo, this.ledger);
		years = DepartmentLedger.written(this.mongo, this.ledger);
	}

	@Test
	void theDataIsADepartmentsThreeYears() {
		long lines = years.stream().mapToLong(GeneratedLedgerYear::written).sum();
		long orders = years.stream().mapToLong(GeneratedLedgerYear::orders).sum();
		assertThat(lines).isGreaterThanOrEqualTo(500_000);
		assertThat(orders).isGreaterThanOrEqualTo(100_000);
		long trainees = department.batches.stream().mapToLong((batch) -> batch.trainees().size()).sum();
		assertThat(trainees).isGreaterThanOrEqualTo(20_000);
		assertThat(years.get(0).year).isEqualTo(department.firstYear);
	}

	@Test
	void everyYearsRevenueInEveryBreakdownEqualsTheGeneratorsOwnTotals() {
		for (GeneratedLedgerYear year : years) {
			String fy = year.year.label();
			long started = System.nanoTime();
			RevenueReport report = this.reports.revenue(year.year).block();
			long millis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("Revenue report %s: %,d lines in %,d cells, built in %d ms%n", fy, report.total().lines(),
					report.cells().size(), millis);
			assertThat(report.total().total().minor()).as(fy).isEqualTo(expectedTotal(fy));
			assertThat(report.total().lines()).as(fy).isEqualTo(expectedLines(fy));
			assertThat(totals(report, Breakdown.CHANNEL)).as(fy)
				.isEqualTo(all((each) -> each.totalsByChannel(fy), trainingLines(fy, (seller, line) -> "STALL")));
			assertThat(totals(report, Breakdown.MONTH)).as(fy)
				.isEqualTo(all((each) -> each.totalsByMonth(fy),
						trainingLines(fy, (seller, line) -> FinancialYear.monthOf(line.at()))));
			assertThat(totals(report, Breakdown.SELLER_KIND)).as(fy)
				.isEqualTo(all((each) -> each.totalsBy(fy, GeneratedLedgerYear.Seller::kind),
						trainingLines(fy, (seller, line) -> seller.kind)));
			assertThat(totals(report, Breakdown.CRAFT)).as(fy)
				.isEqualTo(all((each) -> each.totalsBy(fy, GeneratedLedgerYear.Seller::craft),
						trainingLines(fy, (seller, line) -> "null")));
			assertThat(totals(report, Breakdown.DISTRICT)).as(fy)
				.isEqualTo(all((each) -> each.totalsBy(fy, GeneratedLedgerYear.Seller::district),
						trainingLines(fy, (seller, line) -> "LEH")));
			assertThat(totals(report, Breakdown.CENTRE)).as(fy)
				.isEqualTo(all((each) -> each.totalsBy(fy, (seller) -> seller.centre() ? seller.id() : null),
						trainingLines(fy, (seller, line) -> "null")));
		}
	}

	@Test
	void everyYearsCsvParsesBackToTheSameTotalsInEveryBreakdown() {
		for (GeneratedLedgerYear year : years) {
			String fy = year.year.label();
			TableReportChecks.Csv csv = new TableReportChecks(this.http, "revenue", fy).csv("total", "commission",
					"owed", "lines");
			csv.addsUpTo("total", TableReportChecks.rupees(expectedTotal(fy)), BREAKDOWNS);
			csv.addsUpTo("lines", java.math.BigDecimal.valueOf(expectedLines(fy)), BREAKDOWNS);
		}
	}

	/**
	 * One year's figures as all three generators reckon them (the boundary pairs), and
	 * the training department's own lines.
	 */
	private static Map<String, Long> all(Function<GeneratedLedgerYear, Map<String, Long>> figures,
			Map<String, Long> training) {
		Map<String, Long> sum = new HashMap<>(training);
		years.forEach((year) -> figures.apply(year).forEach((key, value) -> sum.merge(key, value, Long::sum)));
		return sum;
	}

	/**
	 * The year's lines of the training department's ex-trainees (stall sales paid in
	 * cash, no craft on the line, in Leh; refunds and reversals take away), by a key.
	 */
	private static Map<String, Long> trainingLines(String fy,
			java.util.function.BiFunction<GeneratedTraining.Seller, GeneratedTraining.Line, String> key) {
		Map<String, Long> totals = new HashMap<>();
		for (GeneratedTraining.Seller seller : department.sellers.values()) {
			for (GeneratedTraining.Line line : seller.lines) {
				if (FinancialYear.of(line.at()).label().equals(fy)) {
					totals.merge(key.apply(seller, line), line.signed(), Long::sum);
				}
			}
		}
		return totals;
	}

	/** The year's revenue as the generators and the training department reckon it. */
	private static long expectedTotal(String fy) {
		return years.stream().mapToLong((each) -> each.totalOf(fy).total()).sum()
				+ trainingLines(fy, (seller, line) -> "").getOrDefault("", 0L);
	}

	/** The year's lines as the generators and the training department reckon them. */
	private static long expectedLines(String fy) {
		return years.stream().mapToLong((each) -> each.totalOf(fy).lines()).sum() + department.sellers.values()
			.stream()
			.flatMap((seller) -> seller.lines.stream())
			.filter((line) -> FinancialYear.of(line.at()).label().equals(fy))
			.count();
	}

	private static Map<String, Long> totals(RevenueReport report, Breakdown breakdown) {
		Map<String, Long> totals = new HashMap<>();
		report.by(breakdown).forEach((row) -> totals.put(String.valueOf(row.key()), row.totals().total().minor()));
		return totals;
	}

}
