package ladakh.crafts.marketplace.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining;
import ladakh.crafts.marketplace.reports.scale.GeneratedPayouts;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payouts report at issue 18's size: the generated department's sellers paid in a run
 * a month over its three years (each run's lines paid over a week, so across months and,
 * in March, across years; some runs cancelled and never paid). For each year the report's
 * total, its sellers and runs, and every month's and run's row equal the test's own sums
 * of the lines paid in it (India time), each breakdown adds up to the total, and the CSV
 * parses back to it.
 */
@MockServerTest
class PayoutReportAtScaleTests extends AtScaleReportTests {

	private static final String[] BREAKDOWNS = { "month", "run" };

	private static GeneratedTraining department;

	private static GeneratedPayouts payouts;

	@BeforeEach
	void threeYearsOfPayouts() {
		if (payouts == null) {
			department = GeneratedTraining.written(this.mongo, this.ledger);
			payouts = new GeneratedPayouts(department).write(this.mongo);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2 })
	void theTotalAndEveryRowEqualTheSumsOfTheLinesPaid(int nth) {
		FinancialYear year = year(nth);
		GeneratedPayouts.Year expected = payouts.expected(year);
		PayoutReport report = this.reports.payouts(year).block();
		assertThat(expected.total().lines()).as("lines paid in " + year.label()).isGreaterThan(8_000);
		assertThat(figures(report.total())).isEqualTo(expected.total());
		assertThat(report.sellersPaid()).isEqualTo(expected.sellersPaid());
		assertThat(report.runs()).isEqualTo(expected.runs());
		assertThat(rows(report, PayoutReport.By.MONTH)).isEqualTo(expected.byMonth());
		assertThat(rows(report, PayoutReport.By.RUN)).isEqualTo(expected.byRun());
		for (PayoutReport.By by : PayoutReport.By.values()) {
			assertThat(report.by(by)
				.stream()
				.map(Keyed::totals)
				.reduce(PayoutReport.Totals.NONE, PayoutReport.Totals::plus)).as(by.name()).isEqualTo(report.total());
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2 })
	void theCsvParsesBackToTheSameTotals(int nth) {
		FinancialYear year = year(nth);
		GeneratedPayouts.Figures total = payouts.expected(year).total();
		TableReportChecks.Csv csv = new TableReportChecks(this.http, "payouts", year.label()).csv("amount", "lines");
		csv.addsUpTo("amount", TableReportChecks.rupees(total.amount()), BREAKDOWNS);
		csv.addsUpTo("lines", BigDecimal.valueOf(total.lines()), BREAKDOWNS);
	}

	@Test
	void thePageDrawsTheMiddleYearsBreakdownsWithTheFiguresOfTheirTables() {
		FinancialYear year = year(1);
		assertThat(new TableReportChecks(this.http, "payouts", year.label()).page("en", List.of(BREAKDOWNS)))
			.contains("data-figure=\"" + payouts.expectedTotal(year) + "\"");
	}

	private static FinancialYear year(int nth) {
		return new FinancialYear(department.firstYear.startYear() + nth);
	}

	private static GeneratedPayouts.Figures figures(PayoutReport.Totals totals) {
		return new GeneratedPayouts.Figures(totals.amount().minor(), totals.lines());
	}

	private static Map<String, GeneratedPayouts.Figures> rows(PayoutReport report, PayoutReport.By by) {
		Map<String, GeneratedPayouts.Figures> rows = new TreeMap<>();
		report.by(by).forEach((row) -> rows.put(row.key(), figures(row.totals())));
		return rows;
	}

}
