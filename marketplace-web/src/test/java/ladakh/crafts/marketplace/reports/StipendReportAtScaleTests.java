package ladakh.crafts.marketplace.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining;
import ladakh.crafts.marketplace.reports.scale.GeneratedStipends;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stipends report at issue 18's size: the generated department's register over its
 * three years (a line per trainee per month, some only approved, some months corrected).
 * For each year the report's total and every row of every breakdown equal the test's own
 * sums of the paid lines (each month's trainees counted once, corrections with their
 * sign), each breakdown adds up to the total, and the CSV parses back to it.
 */
@MockServerTest
class StipendReportAtScaleTests extends AtScaleReportTests {

	private static final String[] BREAKDOWNS = { "month", "centre", "scheme" };

	private static GeneratedTraining department;

	private static GeneratedStipends stipends;

	@BeforeEach
	void threeYearsOfStipends() {
		if (stipends == null) {
			department = GeneratedTraining.written(this.mongo, this.ledger);
			stipends = new GeneratedStipends(department).write(this.mongo);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2 })
	void theTotalAndEveryRowEqualTheSumsOfThePaidLines(int nth) {
		FinancialYear year = year(nth);
		GeneratedStipends.Year expected = stipends.expected(year);
		StipendReport report = this.reports.stipends(year).block();
		assertThat(expected.total().lines()).as("lines paid in " + year.label()).isGreaterThan(20_000);
		assertThat(figures(report.total())).isEqualTo(expected.total());
		assertThat(report.traineesPaid()).isEqualTo(expected.traineesPaid());
		assertThat(rows(report, StipendReport.By.MONTH)).isEqualTo(expected.byMonth());
		assertThat(rows(report, StipendReport.By.CENTRE)).isEqualTo(expected.byCentre());
		assertThat(rows(report, StipendReport.By.SCHEME)).isEqualTo(expected.byScheme());
		for (StipendReport.By by : StipendReport.By.values()) {
			assertThat(report.by(by)
				.stream()
				.map(Keyed::totals)
				.reduce(StipendReport.Totals.NONE, StipendReport.Totals::plus)).as(by.name()).isEqualTo(report.total());
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2 })
	void theCsvParsesBackToTheSameTotals(int nth) {
		FinancialYear year = year(nth);
		GeneratedStipends.Figures total = stipends.expected(year).total();
		TableReportChecks.Csv csv = new TableReportChecks(this.http, "stipends", year.label()).csv("amount",
				"trainee-months", "lines");
		csv.addsUpTo("amount", TableReportChecks.rupees(total.amount()), BREAKDOWNS);
		csv.addsUpTo("trainee-months", BigDecimal.valueOf(total.traineeMonths()), BREAKDOWNS);
		csv.addsUpTo("lines", BigDecimal.valueOf(total.lines()), BREAKDOWNS);
	}

	@Test
	void thePageDrawsTheMiddleYearsBreakdownsWithTheFiguresOfTheirTables() {
		FinancialYear year = year(1);
		assertThat(new TableReportChecks(this.http, "stipends", year.label()).page("en", List.of(BREAKDOWNS)))
			.contains("data-figure=\"" + stipends.expectedTotal(year) + "\"");
	}

	private static FinancialYear year(int nth) {
		return new FinancialYear(department.firstYear.startYear() + nth);
	}

	private static GeneratedStipends.Figures figures(StipendReport.Totals totals) {
		return new GeneratedStipends.Figures(totals.amount().minor(), totals.traineeMonths(), totals.lines());
	}

	private static Map<String, GeneratedStipends.Figures> rows(StipendReport report, StipendReport.By by) {
		Map<String, GeneratedStipends.Figures> rows = new TreeMap<>();
		report.by(by).forEach((row) -> rows.put(row.key(), figures(row.totals())));
		return rows;
	}

}
