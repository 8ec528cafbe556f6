package ladakh.crafts.marketplace.reports;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.PdfFonts;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payouts report over a year of its own (far in the future): runs' lines stored as
 * the payout runs store them, marked paid at moments across the year (its first moment in
 * India time included, the moment before it and its end left out) and some never paid.
 * The report equals the test's own sums by India-time month and by run; every breakdown
 * adds up to them; the CSV reads back the same.
 */
@MockServerTest
class PayoutReportTests {

	private static final String[] BREAKDOWNS = { "month", "run" };

	private static Written written;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	FinancialYearReports reports;

	@Autowired
	WebTestClient http;

	@BeforeEach
	void aYearOfPayouts() {
		if (written == null) {
			written = write();
		}
	}

	@Test
	void theTotalsEqualTheLinesPaidAndEveryBreakdownAddsUpToThem() {
		PayoutReport report = this.reports.payouts(written.year).block();
		assertThat(report.total().amount().minor()).isEqualTo(written.amount);
		assertThat(report.total().lines()).isEqualTo(written.lines);
		assertThat(report.sellersPaid()).isEqualTo(written.sellers.size());
		assertThat(report.runs()).isEqualTo(written.byRun.size());
		assertThat(amounts(report, PayoutReport.By.MONTH)).isEqualTo(written.byMonth);
		assertThat(amounts(report, PayoutReport.By.RUN)).isEqualTo(written.byRun);
		for (PayoutReport.By by : PayoutReport.By.values()) {
			assertThat(report.by(by).stream().mapToLong((row) -> row.totals().lines()).sum()).as(by.name())
				.isEqualTo(written.lines);
		}
	}

	@Test
	void theCsvParsesBackToTheSameTotalsInEveryBreakdown() {
		TableReportChecks.Csv csv = checks().csv("amount", "lines");
		csv.addsUpTo("amount", TableReportChecks.rupees(written.amount), BREAKDOWNS);
		csv.addsUpTo("lines", BigDecimal.valueOf(written.lines), BREAKDOWNS);
	}

	@Test
	void thePageDrawsEachBreakdownWithTheFiguresOfItsTableInBothLanguages() {
		assertThat(checks().page("en", List.of(BREAKDOWNS)))
			.contains("Payouts to sellers, financial year " + written.year.label())
			.contains("data-figure=\"" + written.amount + "\"");
		assertThat(checks().page("hi", List.of(BREAKDOWNS)))
			.contains("विक्रेताओं को भुगतान, वित्तीय वर्ष " + written.year.label());
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
		return new TableReportChecks(this.http, "payouts", written.year.label());
	}

	private static Map<String, Long> amounts(PayoutReport report, PayoutReport.By by) {
		Map<String, Long> amounts = new HashMap<>();
		report.by(by).forEach((row) -> amounts.put(row.key(), row.totals().amount().minor()));
		return amounts;
	}

	private Written write() {
		// Before the generated department's years (9950 on), whose records the at-scale
		// tests count
		Written w = new Written(new FinancialYear(ThreadLocalRandom.current().nextInt(3000, 8000)));
		Instant start = w.year.start();
		Instant end = w.year.end();
		List<Instant> paidAts = List.of(start, start.plus(Duration.ofDays(45)), start.plus(Duration.ofDays(200)),
				end.minusMillis(1));
		List<Document> lines = new ArrayList<>();
		List<String> sellers = List.of("art-pay-" + UUID.randomUUID(), "art-pay-" + UUID.randomUUID(),
				"art-pay-" + UUID.randomUUID());
		for (int r = 0; r < paidAts.size(); r++) {
			String run = "run-fy-" + UUID.randomUUID().toString().substring(0, 8);
			for (String seller : sellers) {
				long amount = ThreadLocalRandom.current().nextLong(-5_000, 900_000);
				lines.add(w.line(run, seller, amount, paidAts.get(r).plusSeconds(sellers.indexOf(seller))));
			}
			lines.add(w.line(run, "art-pay-unpaid", 40_000, null));
		}
		String outside = "run-fy-" + UUID.randomUUID().toString().substring(0, 8);
		lines.add(w.line(outside, sellers.get(0), 70_000, start.minusMillis(1)));
		lines.add(w.line(outside, sellers.get(1), 70_000, end));
		this.mongo.insertAll(reactor.core.publisher.Mono.just(lines), "payout_lines").blockLast();
		return w;
	}

	private static final class Written {

		final FinancialYear year;

		long amount;

		long lines;

		final Set<String> sellers = new HashSet<>();

		final Map<String, Long> byMonth = new HashMap<>();

		final Map<String, Long> byRun = new HashMap<>();

		Written(FinancialYear year) {
			this.year = year;
		}

		Document line(String run, String seller, long amount, Instant paidAt) {
			if (paidAt != null && !paidAt.isBefore(this.year.start()) && paidAt.isBefore(this.year.end())) {
				this.amount += amount;
				this.lines++;
				this.sellers.add(seller);
				this.byMonth.merge(FinancialYear.monthOf(paidAt), amount, Long::sum);
				this.byRun.merge(run, amount, Long::sum);
			}
			return new Document("_id", run + ":" + seller).append("runId", run)
				.append("sellerId", seller)
				.append("name", "Seller " + seller)
				.append("amountMinor", amount)
				.append("currency", "INR")
				.append("items", 3)
				.append("negativeItems", (amount < 0) ? 1 : 0)
				.append("utr", (paidAt != null) ? "UTR" + Math.abs(paidAt.toEpochMilli()) : null)
				.append("paidAt", (paidAt != null) ? Date.from(paidAt) : null);
		}

	}

}
