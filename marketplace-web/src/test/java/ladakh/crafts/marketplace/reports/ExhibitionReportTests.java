package ladakh.crafts.marketplace.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.PdfFonts;
import ladakh.crafts.marketplace.stalls.StallFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exhibitions report over a year of its own (far in the future): exhibitions that
 * begin in it (and one the day before, left out), their stalls offered, confirmed,
 * expired and given up as the draw and the fees store them, and their stall sales,
 * counted or not yet. The report equals the test's own counts and sums, per exhibition
 * and in total; every breakdown adds up; the CSV reads back the same; sales per stall is
 * the sales over the stalls taken.
 */
@MockServerTest
class ExhibitionReportTests {

	private static final String[] BREAKDOWNS = { "exhibition", "district" };

	private static Written written;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	FinancialYearReports reports;

	@Autowired
	WebTestClient http;

	@BeforeEach
	void aYearOfExhibitions() {
		if (written == null) {
			written = write();
		}
	}

	@Test
	void eachExhibitionsStallsAndSalesEqualWhatWasWrittenAndAddUpToTheYear() {
		ExhibitionReport report = this.reports.exhibitions(written.year).block();
		assertThat(report.exhibitions()).extracting((exhibition) -> exhibition.takeUp().exhibitionId())
			.containsExactlyInAnyOrderElementsOf(written.expected.keySet());
		for (ExhibitionReport.Exhibition exhibition : report.exhibitions()) {
			long[] expected = written.expected.get(exhibition.takeUp().exhibitionId());
			assertThat(new long[] { exhibition.takeUp().offered(), exhibition.takeUp().taken(),
					exhibition.sales().minor() })
				.as(exhibition.takeUp().exhibitionId())
				.containsExactly(expected);
		}
		ExhibitionReport.Totals total = report.total();
		assertThat(new long[] { total.offered(), total.taken(), total.sales().minor(), total.exhibitions() })
			.containsExactly(written.offered(), written.taken(), written.sales(), written.expected.size());
		assertThat(total.salesPerStall().minor()).isEqualTo(written.sales() / written.taken());
		for (ExhibitionReport.By by : ExhibitionReport.By.values()) {
			List<Keyed<ExhibitionReport.Totals>> rows = report.by(by);
			assertThat(rows.stream().mapToLong((row) -> row.totals().sales().minor()).sum()).as(by.name())
				.isEqualTo(written.sales());
			assertThat(rows.stream().mapToLong((row) -> row.totals().taken()).sum()).as(by.name())
				.isEqualTo(written.taken());
			assertThat(rows.stream().mapToLong((row) -> row.totals().offered()).sum()).as(by.name())
				.isEqualTo(written.offered());
		}
	}

	@Test
	void theCsvParsesBackToTheSameTotalsInEveryBreakdown() {
		TableReportChecks.Csv csv = checks().csv("sales", "offered", "taken", "per-stall");
		csv.addsUpTo("sales", TableReportChecks.rupees(written.sales()), BREAKDOWNS);
		csv.addsUpTo("offered", BigDecimal.valueOf(written.offered()), BREAKDOWNS);
		csv.addsUpTo("taken", BigDecimal.valueOf(written.taken()), BREAKDOWNS);
		for (String breakdown : BREAKDOWNS) {
			assertThat(csv.totals().get(breakdown).get("per-stall")).as(breakdown)
				.isEqualByComparingTo(TableReportChecks.rupees(written.sales() / written.taken()));
		}
	}

	@Test
	void thePageDrawsEachBreakdownWithTheFiguresOfItsTableInBothLanguages() {
		assertThat(checks().page("en", List.of(BREAKDOWNS)))
			.contains("Exhibitions that began in financial year " + written.year.label())
			.contains("data-figure=\"" + written.sales() + "\"");
		assertThat(checks().page("hi", List.of(BREAKDOWNS)))
			.contains("वित्तीय वर्ष " + written.year.label() + " में शुरू हुई प्रदर्शनियाँ");
	}

	@Test
	void thePdfPrintsTheYearInEnglishAndHindi() throws Exception {
		for (String language : List.of("en", "hi")) {
			assertThat(checks().pdf(language)).as(language)
				.contains(written.year.label())
				.contains(PdfFonts.money(Money.paise(written.sales()), Locale.forLanguageTag(language)));
		}
	}

	@Test
	void aYearThatIsNotOneIsNotFoundWithWordsToActOn() {
		checks().badYearsAreNotFound();
	}

	private TableReportChecks checks() {
		return new TableReportChecks(this.http, "exhibitions", written.year.label());
	}

	private Written write() {
		// Before the generated department's years (9950 on): its exhibitions would join
		// this year's if it were one of them.
		Written w = new Written(new FinancialYear(ThreadLocalRandom.current().nextInt(3000, 8000)));
		StallFixtures stalls = new StallFixtures(this.mongo);
		LocalDate april = LocalDate.of(w.year.startYear(), 4, 1);
		List<String> districts = new ArrayList<>(List.of("LEH", "LEH", "KARGIL"));
		districts.add(null);
		List<LocalDate> starts = List.of(april, april.plusMonths(4), april.plusYears(1).minusDays(1),
				april.plusMonths(9));
		for (int e = 0; e < starts.size(); e++) {
			String id = stalls.exhibition(starts.get(e), starts.get(e).plusDays(5));
			this.mongo
				.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("district", districts.get(e)),
						"exhibitions")
				.block();
			long[] figures = new long[3];
			String[] statuses = { "CONFIRMED", "CONFIRMED", "OFFERED", "EXPIRED", "GIVEN_UP", "CONFIRMED" };
			for (int s = 0; s < statuses.length - e; s++) {
				String number = "S-" + s;
				stalls.stall(id, number, "art-fy-" + UUID.randomUUID().toString().substring(0, 8));
				stalls.status(id, number, statuses[s]);
				figures[0]++;
				if (statuses[s].equals("CONFIRMED")) {
					figures[1]++;
				}
			}
			// A stall given before stalls had a status: a confirmed one, as its
			// allocation reads (the full run's exhibitions report once failed on it).
			stalls.stall(id, "L-1", "art-fy-legacy-" + UUID.randomUUID().toString().substring(0, 8));
			figures[0]++;
			figures[1]++;
			for (int n = 0; n < 5; n++) {
				long unit = ThreadLocalRandom.current().nextLong(10_000, 500_000);
				int quantity = 1 + n % 3;
				boolean counted = n != 4;
				sale(id, unit, quantity, counted);
				if (counted) {
					figures[2] += unit * quantity;
				}
			}
			w.expected.put(id, figures);
		}
		// the day before the year: not in the report, though its stalls were taken
		String before = stalls.exhibition(april.minusDays(1), april.plusDays(3));
		stalls.stall(before, "S-0", "art-fy-before");
		stalls.status(before, "S-0", "CONFIRMED");
		sale(before, 99_900, 1, true);
		return w;
	}

	private void sale(String exhibitionId, long unitPaise, int quantity, boolean counted) {
		this.mongo
			.insert(new Document("_id", UUID.randomUUID().toString()).append("sellerId", "art-fy-sales")
				.append("exhibitionId", exhibitionId)
				.append("listingId", "lst-fy")
				.append("title", new Document("en", "Shawl").append("hi", "शॉल"))
				.append("quantity", quantity)
				.append("unitPriceMinor", unitPaise)
				.append("currency", "INR")
				.append("mode", "CASH")
				.append("reference", null)
				.append("counted", counted)
				.append("at", new Date()), "stall_sales")
			.block();
	}

	/** Per exhibition: stalls offered, taken, counted sales in paise. */
	private static final class Written {

		final FinancialYear year;

		final Map<String, long[]> expected = new HashMap<>();

		Written(FinancialYear year) {
			this.year = year;
		}

		long offered() {
			return this.expected.values().stream().mapToLong((figures) -> figures[0]).sum();
		}

		long taken() {
			return this.expected.values().stream().mapToLong((figures) -> figures[1]).sum();
		}

		long sales() {
			return this.expected.values().stream().mapToLong((figures) -> figures[2]).sum();
		}

	}

}
