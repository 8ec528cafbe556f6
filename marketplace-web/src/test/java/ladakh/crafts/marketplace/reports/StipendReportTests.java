package ladakh.crafts.marketplace.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.PdfFonts;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.training.StipendLine;
import ladakh.crafts.marketplace.training.StipendRegister;
import ladakh.crafts.marketplace.training.StipendRule;
import ladakh.crafts.marketplace.training.TrainingCentre;
import ladakh.crafts.marketplace.training.TrainingCentres;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stipends report over a year of its own (far in the future, so no other test's lines
 * fall in it): trainees in three centres' new batches and in a batch not on record, their
 * months computed, corrected, approved and paid through the register. The report's totals
 * equal the test's own sums of the lines it paid (lines only approved, and a month before
 * the year, are left out); every breakdown adds up to them; the CSV reads back the same;
 * the page's charts carry their tables' figures; the PDF prints in English and Hindi.
 */
@MockServerTest
class StipendReportTests {

	private static final String[] BREAKDOWNS = { "month", "centre", "scheme" };

	private static Written written;

	@Autowired
	StipendRegister register;

	@Autowired
	TrainingCentres centres;

	@Autowired
	FinancialYearReports reports;

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@BeforeEach
	void aYearOfPaidStipends() {
		if (written == null) {
			written = write();
		}
	}

	@Test
	void theTotalsEqualTheLinesPaidAndEveryBreakdownAddsUpToThem() {
		StipendReport report = this.reports.stipends(written.year).block();
		assertThat(report.total().amount().minor()).isEqualTo(written.amount);
		assertThat(report.total().traineeMonths()).isEqualTo(written.traineeMonths.size());
		assertThat(report.total().lines()).isEqualTo(written.lines);
		assertThat(report.traineesPaid()).isEqualTo(written.trainees.size());
		for (StipendReport.By by : StipendReport.By.values()) {
			List<Keyed<StipendReport.Totals>> rows = report.by(by);
			assertThat(rows.stream().mapToLong((row) -> row.totals().amount().minor()).sum()).as(by.name())
				.isEqualTo(written.amount);
			assertThat(rows.stream().mapToLong((row) -> row.totals().traineeMonths()).sum()).as(by.name())
				.isEqualTo(written.traineeMonths.size());
		}
		Map<String, Long> byCentre = new HashMap<>();
		report.by(StipendReport.By.CENTRE)
			.forEach((row) -> byCentre.put(String.valueOf(row.key()), row.totals().amount().minor()));
		assertThat(byCentre).isEqualTo(written.byCentre);
		Map<String, Long> byScheme = new HashMap<>();
		report.by(StipendReport.By.SCHEME)
			.forEach((row) -> byScheme.put(String.valueOf(row.key()), row.totals().amount().minor()));
		assertThat(byScheme).isEqualTo(written.byScheme);
		assertThat(report.by(StipendReport.By.MONTH)).extracting(Keyed::key)
			.allMatch((month) -> FinancialYear.ofMonth(month).equals(written.year));
	}

	@Test
	void theCsvParsesBackToTheSameTotalsInEveryBreakdown() {
		TableReportChecks.Csv csv = checks().csv("amount", "trainee-months", "lines");
		csv.addsUpTo("amount", TableReportChecks.rupees(written.amount), BREAKDOWNS);
		csv.addsUpTo("trainee-months", java.math.BigDecimal.valueOf(written.traineeMonths.size()), BREAKDOWNS);
		csv.addsUpTo("lines", java.math.BigDecimal.valueOf(written.lines), BREAKDOWNS);
	}

	@Test
	void thePageDrawsEachBreakdownWithTheFiguresOfItsTableInBothLanguages() {
		assertThat(checks().page("en", List.of(BREAKDOWNS)))
			.contains("Stipends paid, financial year " + written.year.label())
			.contains("data-figure=\"" + written.amount + "\"");
		assertThat(checks().page("hi", List.of(BREAKDOWNS)))
			.contains("भुगतान किया गया वज़ीफ़ा, वित्तीय वर्ष " + written.year.label());
	}

	@Test
	void thePdfPrintsTheYearInEnglishAndHindi() throws Exception {
		for (String language : List.of("en", "hi")) {
			assertThat(checks().pdf(language)).as(language)
				.contains(written.year.label())
				.contains(PdfFonts.money(Money.paise(written.amount), Locale.forLanguageTag(language)));
		}
	}

	@Test
	void aYearThatIsNotOneIsNotFoundWithWordsToActOn() {
		checks().badYearsAreNotFound();
	}

	private TableReportChecks checks() {
		return new TableReportChecks(this.http, "stipends", written.year.label());
	}

	private Written write() {
		// Before the generated department's years (9950 on), whose records the at-scale
		// tests count
		Written w = new Written(new FinancialYear(ThreadLocalRandom.current().nextInt(3000, 8000)));
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> schemes = List.of("DISTRICT_PLAN", "DISTRICT_PLAN", "CARPET_WEAVING_ADVANCED");
		for (int i = 0; i < schemes.size(); i++) {
			String id = "tc-report-" + run + "-" + i;
			sellers.insert(new Document("_id", id).append("type", "TRAINING_CENTRE")
				.append("name", "Report Centre " + i)
				.append("district", "LEH")
				.append("crafts", List.of("wood-carving"))
				.append("centre", new Document("scheme", schemes.get(i)).append("intakeCapacity", 12)
					.append("courseMonths", 12)));
			TrainingCentre centre = this.centres.find(id).block();
			String batch = this.centres
				.addBatch(centre.id(), "wood-carving", LocalDate.of(w.year.startYear(), 4, 1),
						LocalDate.of(w.year.startYear() + 1, 3, 31), SignedIn.admin())
				.block();
			w.trainees(batch, centre.id(), centre.scheme(), 2);
		}
		w.trainees("batch-gone-" + UUID.randomUUID(), null, null, 1);
		return w;
	}

	/** What the test paid, reckoned from the lines the register returned. */
	private final class Written {

		final FinancialYear year;

		long amount;

		long lines;

		final Set<String> trainees = new HashSet<>();

		final Set<String> traineeMonths = new HashSet<>();

		final Map<String, Long> byCentre = new HashMap<>();

		final Map<String, Long> byScheme = new HashMap<>();

		Written(FinancialYear year) {
			this.year = year;
		}

		void trainees(String batch, String centre, String scheme, int count) {
			YearMonth april = YearMonth.of(this.year.startYear(), 4);
			for (int n = 0; n < count; n++) {
				String trainee = "trn-report-" + UUID.randomUUID().toString().substring(0, 8);
				StipendRule.Enrolment enrolment = new StipendRule.Enrolment(april.minusMonths(1).atDay(1), null);
				// March before the year is paid but is not the year's
				pay(compute(trainee, batch, enrolment, april.minusMonths(1)));
				for (YearMonth month : List.of(april, april.plusMonths(n + 3), april.plusMonths(11))) {
					List<StipendLine> paid = new ArrayList<>();
					paid.add(pay(compute(trainee, batch, enrolment, month)));
					long rupees = ThreadLocalRandom.current().nextLong(100, 5000);
					paid.add(pay(StipendReportTests.this.register
						.correct(trainee, month, Money.rupees(rupees), "Attendance sheet found late")
						.block()));
					// approved, never paid: not in the report
					StipendReportTests.this.register
						.approve(StipendReportTests.this.register
							.correct(trainee, month, Money.rupees(7), "Awaiting payment")
							.block()
							.id(), "usr-officer")
						.block();
					for (StipendLine line : paid) {
						this.amount += line.amount().minor();
						this.lines++;
						this.byCentre.merge(String.valueOf(centre), line.amount().minor(), Long::sum);
						this.byScheme.merge(String.valueOf(scheme), line.amount().minor(), Long::sum);
					}
					this.traineeMonths.add(trainee + month);
					this.trainees.add(trainee);
				}
			}
		}

		private StipendLine compute(String trainee, String batch, StipendRule.Enrolment enrolment, YearMonth month) {
			return StipendReportTests.this.register
				.compute(trainee, batch, enrolment, month, (day) -> Money.rupees(1500))
				.block();
		}

		private StipendLine pay(StipendLine line) {
			StipendRegister register = StipendReportTests.this.register;
			register.approve(line.id(), "usr-officer").block();
			return register.recordPaid(line.id(), "DBT" + UUID.randomUUID().toString().substring(0, 10)).block();
		}

	}

}
