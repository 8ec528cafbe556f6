package ladakh.crafts.marketplace.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.reports.funnel.GeneratedTraining;
import ladakh.crafts.marketplace.reports.scale.GeneratedExhibitions;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exhibitions report over the generated department's three years (issue 18 at scale):
 * thousands of stalls and tens of thousands of stall sales. For each year, every
 * exhibition's stalls and sales, every district's and the year's equal the generated
 * records' own sums (and, for any exhibition another test wrote in the same year, counts
 * taken straight from the collections); every breakdown adds up to the year; the CSV
 * reads back the same totals.
 */
@MockServerTest
class ExhibitionReportAtScaleTests extends AtScaleReportTests {

	private static final String[] BREAKDOWNS = { "exhibition", "district" };

	private static GeneratedTraining department;

	private static GeneratedExhibitions generated;

	@BeforeEach
	void theDepartmentsExhibitions() {
		if (generated == null) {
			department = GeneratedTraining.written(this.mongo, this.ledger);
			generated = new GeneratedExhibitions(department).write(this.mongo);
		}
	}

	@Test
	void theGeneratedExhibitionsAreOfIssue18sSize() {
		int[] sizes = generated.sizes();
		assertThat(sizes[0]).as("stalls given").isGreaterThan(1_000);
		assertThat(sizes[1]).as("stall sales").isGreaterThan(10_000);
		for (FinancialYear year : years()) {
			assertThat(generated.startingIn(year)).as(year.label()).hasSizeGreaterThanOrEqualTo(10);
		}
	}

	@Test
	void eachYearsExhibitionsDistrictsAndTotalEqualTheRecordsSums() {
		for (FinancialYear year : years()) {
			ExhibitionReport report = this.reports.exhibitions(year).block();
			Map<String, GeneratedExhibitions.Exhibition> expected = expected(year);
			Map<String, GeneratedExhibitions.Exhibition> reported = new LinkedHashMap<>();
			report.exhibitions().forEach((row) -> reported.put(row.takeUp().exhibitionId(), figures(row)));
			assertThat(reported).as(year.label()).isEqualTo(expected);

			Map<String, ExhibitionReport.Totals> byExhibition = new HashMap<>();
			Map<String, ExhibitionReport.Totals> byDistrict = new HashMap<>();
			ExhibitionReport.Totals total = ExhibitionReport.Totals.NONE;
			for (GeneratedExhibitions.Exhibition exhibition : expected.values()) {
				ExhibitionReport.Totals totals = totals(exhibition);
				byExhibition.put(exhibition.id(), totals);
				byDistrict.merge(exhibition.district(), totals, ExhibitionReport.Totals::plus);
				total = total.plus(totals);
			}
			assertThat(report.total()).as(year.label()).isEqualTo(total);
			assertThat(rows(report, ExhibitionReport.By.EXHIBITION)).as(year.label()).isEqualTo(byExhibition);
			assertThat(rows(report, ExhibitionReport.By.DISTRICT)).as(year.label()).isEqualTo(byDistrict);
			for (ExhibitionReport.By by : ExhibitionReport.By.values()) {
				assertThat(report.by(by)
					.stream()
					.map(Keyed::totals)
					.reduce(ExhibitionReport.Totals.NONE, ExhibitionReport.Totals::plus)).as(by.name())
					.isEqualTo(report.total());
			}
			long ours = report.exhibitions()
				.stream()
				.filter((row) -> generated.exhibitions.containsKey(row.takeUp().exhibitionId()))
				.mapToLong((row) -> row.sales().minor())
				.sum();
			assertThat(ours).as(year.label()).isEqualTo(generated.expectedTotal(year)).isPositive();
		}
	}

	@Test
	void eachYearsCsvParsesBackToTheSameTotalsInEveryBreakdown() {
		for (FinancialYear year : years()) {
			ExhibitionReport.Totals total = expected(year).values()
				.stream()
				.map(ExhibitionReportAtScaleTests::totals)
				.reduce(ExhibitionReport.Totals.NONE, ExhibitionReport.Totals::plus);
			TableReportChecks.Csv csv = new TableReportChecks(this.http, "exhibitions", year.label()).csv("sales",
					"offered", "taken", "per-stall");
			csv.addsUpTo("sales", TableReportChecks.rupees(total.sales().minor()), BREAKDOWNS);
			csv.addsUpTo("offered", BigDecimal.valueOf(total.offered()), BREAKDOWNS);
			csv.addsUpTo("taken", BigDecimal.valueOf(total.taken()), BREAKDOWNS);
			for (String breakdown : BREAKDOWNS) {
				assertThat(csv.totals().get(breakdown).get("per-stall")).as(year.label() + " " + breakdown)
					.isEqualByComparingTo(TableReportChecks.rupees(total.sales().minor() / total.taken()));
			}
		}
	}

	private static List<FinancialYear> years() {
		FinancialYear first = department.firstYear;
		return List.of(first, first.next(), first.next().next());
	}

	/**
	 * The year's exhibitions as the records say: the generated ones from the generator's
	 * own sums; any other test's, counted straight from the collections.
	 */
	private Map<String, GeneratedExhibitions.Exhibition> expected(FinancialYear year) {
		Map<String, GeneratedExhibitions.Exhibition> expected = new HashMap<>(generated.startingIn(year));
		LocalDate april = LocalDate.of(year.startYear(), 4, 1);
		Query starting = Query
			.query(Criteria.where("startsOn").gte(april.toString()).lte(april.plusYears(1).minusDays(1).toString()));
		for (Document exhibition : this.mongo.find(starting, Document.class, "exhibitions").toIterable()) {
			String id = exhibition.getString("_id");
			if (!id.startsWith(department.run)) {
				expected.put(id, counted(exhibition));
			}
		}
		return expected;
	}

	/** Another test's exhibition, its stalls and counted sales read one by one. */
	private GeneratedExhibitions.Exhibition counted(Document exhibition) {
		String id = exhibition.getString("_id");
		long offered = 0;
		long taken = 0;
		for (Document stall : this.mongo
			.find(Query.query(Criteria.where("exhibitionId").is(id)), Document.class, "stall_allocations")
			.toIterable()) {
			offered++;
			String status = stall.getString("status");
			taken += (status == null || status.equals("CONFIRMED")) ? 1 : 0;
		}
		long sales = 0;
		long count = 0;
		for (Document sale : this.mongo
			.find(Query.query(Criteria.where("exhibitionId").is(id).and("counted").is(true)), Document.class,
					"stall_sales")
			.toIterable()) {
			sales += sale.get("unitPriceMinor", Number.class).longValue() * sale.getInteger("quantity");
			count++;
		}
		return new GeneratedExhibitions.Exhibition(id, exhibition.getString("district"),
				LocalDate.parse(exhibition.getString("startsOn")),
				exhibition.getList("stalls", Document.class, List.of()).size(), offered, taken, sales, count);
	}

	private static GeneratedExhibitions.Exhibition figures(ExhibitionReport.Exhibition row) {
		return new GeneratedExhibitions.Exhibition(row.takeUp().exhibitionId(), row.takeUp().district(),
				row.takeUp().startsOn(), row.takeUp().planned(), row.takeUp().offered(), row.takeUp().taken(),
				row.sales().minor(), row.salesCount());
	}

	private static ExhibitionReport.Totals totals(GeneratedExhibitions.Exhibition exhibition) {
		return new ExhibitionReport.Totals(exhibition.planned(), exhibition.offered(), exhibition.taken(),
				Money.paise(exhibition.sales()), 1);
	}

	private static Map<String, ExhibitionReport.Totals> rows(ExhibitionReport report, ExhibitionReport.By by) {
		Map<String, ExhibitionReport.Totals> rows = new HashMap<>();
		report.by(by).forEach((row) -> rows.put(row.key(), row.totals()));
		assertThat(rows).as(by.name()).hasSameSizeAs(report.by(by));
		return rows;
	}

}
