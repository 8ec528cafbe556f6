package ladakh.crafts.marketplace.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining;
import ladakh.crafts.marketplace.reports.scale.GeneratedKits;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subsidy kits report at issue 18's size: the generated department's kit applications
 * over its three years (most issued, some approved or paid and waiting, a few issued on a
 * year's first moment or the moment before it). For each year the report's total and
 * every centre's and scheme's row equal the test's own sums of the kits issued in it,
 * each breakdown adds up to the total, and the CSV parses back to it.
 */
@MockServerTest
class KitReportAtScaleTests extends AtScaleReportTests {

	private static final String[] BREAKDOWNS = { "centre", "scheme" };

	private static GeneratedTraining department;

	private static GeneratedKits kits;

	@BeforeEach
	void threeYearsOfKits() {
		if (kits == null) {
			department = GeneratedTraining.written(this.mongo, this.ledger);
			kits = new GeneratedKits(department).write(this.mongo);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2 })
	void theTotalAndEveryRowEqualTheSumsOfTheKitsIssued(int nth) {
		FinancialYear year = year(nth);
		GeneratedKits.Year expected = kits.expected(year);
		KitReport report = this.reports.kits(year).block();
		assertThat(expected.total().kits()).as("kits issued in " + year.label()).isGreaterThan(2_000);
		assertThat(figures(report.total())).isEqualTo(expected.total());
		assertThat(rows(report, KitReport.By.CENTRE)).isEqualTo(expected.byCentre());
		assertThat(rows(report, KitReport.By.SCHEME)).isEqualTo(expected.byScheme());
		for (KitReport.By by : KitReport.By.values()) {
			assertThat(report.by(by).stream().map(Keyed::totals).reduce(KitReport.Totals.NONE, KitReport.Totals::plus))
				.as(by.name())
				.isEqualTo(report.total());
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2 })
	void theCsvParsesBackToTheSameTotals(int nth) {
		FinancialYear year = year(nth);
		GeneratedKits.Figures total = kits.expected(year).total();
		TableReportChecks.Csv csv = new TableReportChecks(this.http, "kits", year.label()).csv("subsidy", "value",
				"share", "kits");
		csv.addsUpTo("subsidy", TableReportChecks.rupees(total.subsidy()), BREAKDOWNS);
		csv.addsUpTo("value", TableReportChecks.rupees(total.value()), BREAKDOWNS);
		csv.addsUpTo("share", TableReportChecks.rupees(total.share()), BREAKDOWNS);
		csv.addsUpTo("kits", BigDecimal.valueOf(total.kits()), BREAKDOWNS);
	}

	@Test
	void thePageDrawsTheMiddleYearsBreakdownsWithTheFiguresOfTheirTables() {
		FinancialYear year = year(1);
		assertThat(new TableReportChecks(this.http, "kits", year.label()).page("en", List.of(BREAKDOWNS)))
			.contains("data-figure=\"" + kits.expectedTotal(year) + "\"");
	}

	private static FinancialYear year(int nth) {
		return new FinancialYear(department.firstYear.startYear() + nth);
	}

	private static GeneratedKits.Figures figures(KitReport.Totals totals) {
		return new GeneratedKits.Figures(totals.kits(), totals.value().minor(), totals.share().minor(),
				totals.subsidy().minor());
	}

	private static Map<String, GeneratedKits.Figures> rows(KitReport report, KitReport.By by) {
		Map<String, GeneratedKits.Figures> rows = new TreeMap<>();
		report.by(by).forEach((row) -> rows.put(row.key(), figures(row.totals())));
		return rows;
	}

}
