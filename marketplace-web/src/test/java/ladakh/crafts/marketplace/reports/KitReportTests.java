package ladakh.crafts.marketplace.reports;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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
 * The subsidy kits report over a year of its own (far in the future): kit applications
 * stored as the kit register stores them, issued across the year (its first moment
 * included, the moment before and its end left out), and others approved or paid but not
 * issued. The report equals the test's own sums by centre and scheme; the subsidy is the
 * value less the share; every breakdown adds up; the CSV reads back the same.
 */
@MockServerTest
class KitReportTests {

	private static final String[] BREAKDOWNS = { "centre", "scheme" };

	private static Written written;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	FinancialYearReports reports;

	@Autowired
	WebTestClient http;

	@BeforeEach
	void aYearOfKits() {
		if (written == null) {
			written = write();
		}
	}

	@Test
	void theTotalsEqualTheKitsIssuedAndEveryBreakdownAddsUpToThem() {
		KitReport report = this.reports.kits(written.year).block();
		KitReport.Totals total = report.total();
		assertThat(new long[] { total.kits(), total.value().minor(), total.share().minor(), total.subsidy().minor() })
			.containsExactly(written.kits, written.value, written.share, written.value - written.share);
		assertThat(subsidies(report, KitReport.By.CENTRE)).isEqualTo(written.byCentre);
		assertThat(subsidies(report, KitReport.By.SCHEME)).isEqualTo(written.byScheme);
		for (KitReport.By by : KitReport.By.values()) {
			assertThat(report.by(by).stream().mapToLong((row) -> row.totals().kits()).sum()).as(by.name())
				.isEqualTo(written.kits);
		}
	}

	@Test
	void theCsvParsesBackToTheSameTotalsInEveryBreakdown() {
		TableReportChecks.Csv csv = checks().csv("subsidy", "value", "share", "kits");
		csv.addsUpTo("subsidy", TableReportChecks.rupees(written.value - written.share), BREAKDOWNS);
		csv.addsUpTo("value", TableReportChecks.rupees(written.value), BREAKDOWNS);
		csv.addsUpTo("share", TableReportChecks.rupees(written.share), BREAKDOWNS);
		csv.addsUpTo("kits", BigDecimal.valueOf(written.kits), BREAKDOWNS);
	}

	@Test
	void thePageDrawsEachBreakdownWithTheFiguresOfItsTableInBothLanguages() {
		assertThat(checks().page("en", List.of(BREAKDOWNS)))
			.contains("Subsidy kits issued, financial year " + written.year.label())
			.contains("data-figure=\"" + written.value + "\"");
		assertThat(checks().page("hi", List.of(BREAKDOWNS)))
			.contains("जारी की गई सब्सिडी किट, वित्तीय वर्ष " + written.year.label());
	}

	@Test
	void thePdfPrintsTheYearInEnglishAndHindi() throws Exception {
		for (String language : List.of("en", "hi")) {
			assertThat(checks().pdf(language)).as(language)
				.contains(written.year.label())
				.contains(PdfFonts.money(Money.paise(written.value), Locale.forLanguageTag(language)));
		}
	}

	@Test
	void aYearThatIsNotOneIsNotFoundWithWordsToActOn() {
		checks().badYearsAreNotFound();
	}

	private TableReportChecks checks() {
		return new TableReportChecks(this.http, "kits", written.year.label());
	}

	private static Map<String, Long> subsidies(KitReport report, KitReport.By by) {
		Map<String, Long> subsidies = new HashMap<>();
		report.by(by).forEach((row) -> subsidies.put(row.key(), row.totals().subsidy().minor()));
		return subsidies;
	}

	private Written write() {
		// Before the generated department's years (9950 on), whose records the at-scale
		// tests count
		Written w = new Written(new FinancialYear(ThreadLocalRandom.current().nextInt(3000, 8000)));
		String run = UUID.randomUUID().toString().substring(0, 8);
		Instant start = w.year.start();
		Instant end = w.year.end();
		List<Instant> moments = List.of(start, start.plus(Duration.ofDays(90)), end.minusMillis(1),
				start.minusMillis(1), end);
		List<Document> kits = new ArrayList<>();
		for (int k = 0; k < 20; k++) {
			String centre = "tc-kit-" + run + "-" + (k % 3);
			String scheme = "KIT_SCHEME_" + (k % 2);
			String status = (k % 5 == 4) ? ((k % 2 == 0) ? "PAID" : "APPROVED") : "ISSUED";
			kits.add(w.kit(centre, scheme, status, moments.get(k % moments.size()),
					ThreadLocalRandom.current().nextLong(100_000, 2_000_000), 50 + (k % 4) * 10));
		}
		this.mongo.insertAll(reactor.core.publisher.Mono.just(kits), "kit_applications").blockLast();
		return w;
	}

	private static final class Written {

		final FinancialYear year;

		long kits;

		long value;

		long share;

		final Map<String, Long> byCentre = new HashMap<>();

		final Map<String, Long> byScheme = new HashMap<>();

		Written(FinancialYear year) {
			this.year = year;
		}

		Document kit(String centre, String scheme, String status, Instant at, long cost, int subsidyPercent) {
			long share = cost * (100 - subsidyPercent) / 100;
			if (status.equals("ISSUED") && !at.isBefore(this.year.start()) && at.isBefore(this.year.end())) {
				this.kits++;
				this.value += cost;
				this.share += share;
				this.byCentre.merge(centre, cost - share, Long::sum);
				this.byScheme.merge(scheme, cost - share, Long::sum);
			}
			String trainee = "trn-kit-" + UUID.randomUUID().toString().substring(0, 8);
			return new Document("_id", trainee + ":" + scheme).append("traineeId", trainee)
				.append("name", "Trainee " + trainee)
				.append("centreId", centre)
				.append("batchId", "batch-kit")
				.append("schemeId", scheme)
				.append("items", List.of("tool-kit"))
				.append("costMinor", cost)
				.append("subsidyPercent", subsidyPercent)
				.append("shareMinor", share)
				.append("currency", "INR")
				.append("status", status)
				.append("paymentReference", status.equals("APPROVED") ? null : "RCPT-" + trainee)
				.append("appliedAt", Date.from(at.minus(Duration.ofDays(30))))
				.append("changedAt", Date.from(at))
				.append("version", 3L);
		}

	}

}
