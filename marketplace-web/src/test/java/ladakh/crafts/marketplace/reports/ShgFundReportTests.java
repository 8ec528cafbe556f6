package ladakh.crafts.marketplace.reports;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.PdfFonts;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SHG revolving funds report over a year of its own (far in the future): SHGs in a
 * district of this run's own, with entries before the year (the opening balance), in it
 * (the first and last moments included) and after it (left out), stored as the fund's
 * ledger stores them. Every SHG's fund counts in the balances, so the year's totals are
 * checked against the test's own sums of every stored entry, and the run's district
 * against its own entries; the closing balance is the opening one plus grants and
 * repayments less utilisation; the CSV reads back the same.
 */
@MockServerTest
class ShgFundReportTests {

	private static Written written;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	FinancialYearReports reports;

	@Autowired
	WebTestClient http;

	@BeforeEach
	void aYearOfFundEntries() {
		if (written == null) {
			written = write();
		}
	}

	@Test
	void theYearEqualsTheSumsOfEveryStoredEntryAndTheRunsDistrictItsOwn() {
		ShgFundReport report = this.reports.shgFunds(written.year).block();
		Sums all = allStored(written.year);
		ShgFundReport.Totals total = report.total();
		assertThat(new long[] { total.opening().minor(), total.granted().minor(), total.utilised().minor(),
				total.repaid().minor() })
			.containsExactly(all.opening, all.granted, all.utilised, all.repaid);
		assertThat(total.closing())
			.isEqualTo(total.opening().plus(total.granted()).plus(total.repaid()).minus(total.utilised()));
		ShgFundReport.Totals ours = report.byDistrict()
			.stream()
			.filter((row) -> written.district.equals(row.key()))
			.findFirst()
			.orElseThrow()
			.totals();
		assertThat(new long[] { ours.opening().minor(), ours.granted().minor(), ours.utilised().minor(),
				ours.repaid().minor(), ours.active(), ours.funds() })
			.containsExactly(written.own.opening, written.own.granted, written.own.utilised, written.own.repaid,
					written.active, written.shgs);
		assertThat(report.byDistrict().stream().mapToLong((row) -> row.totals().closing().minor()).sum())
			.isEqualTo(total.closing().minor());
		assertThat(report.byDistrict().stream().mapToLong((row) -> row.totals().granted().minor()).sum())
			.isEqualTo(total.granted().minor());
	}

	@Test
	void theCsvParsesBackToTheSameTotals() {
		Sums all = allStored(written.year);
		TableReportChecks.Csv csv = checks().csv("granted", "utilised", "repaid", "opening", "closing", "active",
				"funds");
		csv.addsUpTo("granted", TableReportChecks.rupees(all.granted), "district");
		csv.addsUpTo("utilised", TableReportChecks.rupees(all.utilised), "district");
		csv.addsUpTo("repaid", TableReportChecks.rupees(all.repaid), "district");
		csv.addsUpTo("opening", TableReportChecks.rupees(all.opening), "district");
		csv.addsUpTo("closing", TableReportChecks.rupees(all.opening + all.granted + all.repaid - all.utilised),
				"district");
		assertThat(csv.totals().get("district").get("active")).isEqualByComparingTo(BigDecimal.valueOf(written.active));
	}

	@Test
	void thePageDrawsItsChartWithTheFiguresOfItsTableInBothLanguages() {
		assertThat(checks().page("en", List.of("district")))
			.contains("SHG revolving funds, financial year " + written.year.label())
			.contains("data-figure=\"" + written.own.granted + "\"");
		assertThat(checks().page("hi", List.of("district")))
			.contains("स्वयं सहायता समूहों की परिक्रामी निधि, वित्तीय वर्ष " + written.year.label());
	}

	@Test
	void thePdfPrintsTheYearInEnglishAndHindi() throws Exception {
		for (String language : List.of("en", "hi")) {
			assertThat(checks().pdf(language)).as(language)
				.contains(written.year.label())
				.contains(PdfFonts.money(Money.paise(written.own.granted), Locale.forLanguageTag(language)));
		}
	}

	@Test
	void aYearThatIsNotOneIsNotFoundWithWordsToActOn() {
		checks().badYearsAreNotFound();
	}

	private TableReportChecks checks() {
		return new TableReportChecks(this.http, "shg-funds", written.year.label());
	}

	/** Every stored entry, summed here: the other way of reckoning the year. */
	private Sums allStored(FinancialYear year) {
		Sums sums = new Sums();
		for (Document entry : this.mongo.find(new Query(), Document.class, "shg_fund_entries").collectList().block()) {
			sums.add(year, entry.getString("kind"), entry.get("amountMinor", Number.class).longValue(),
					entry.getDate("at").toInstant());
		}
		return sums;
	}

	private Written write() {
		Written w = new Written(new FinancialYear(ThreadLocalRandom.current().nextInt(3000, 9000)),
				"FY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		List<Document> entries = new ArrayList<>();
		Instant start = w.year.start();
		Instant end = w.year.end();
		for (int s = 0; s < 4; s++) {
			String shg = "shg-fy-" + UUID.randomUUID().toString().substring(0, 8);
			// no kind: the SHG lists and pages of other tests never meet this sketch of
			// one
			sellers.insert(new Document("_id", shg).append("name", "Report SHG " + s).append("district", w.district));
			w.shgs++;
			entries.add(w.entry(shg, "GRANT", 5_000_000, start.minus(Duration.ofDays(40))));
			entries.add(w.entry(shg, "UTILISATION", 1_000_000, start.minusMillis(1)));
			if (s == 3) {
				continue; // a fund with nothing in the year
			}
			w.active++;
			entries.add(w.entry(shg, "GRANT", 2_500_000 + s, start));
			entries.add(w.entry(shg, "UTILISATION", 700_000 + ThreadLocalRandom.current().nextLong(100_000),
					start.plus(Duration.ofDays(100))));
			entries.add(w.entry(shg, "REPAYMENT", 300_000 + ThreadLocalRandom.current().nextLong(100_000),
					end.minusMillis(1)));
			entries.add(w.entry(shg, "REPAYMENT", 123_400, end));
		}
		this.mongo.insertAll(reactor.core.publisher.Mono.just(entries), "shg_fund_entries").blockLast();
		return w;
	}

	/** A year's sums of entries: before it, and by kind within it. */
	private static final class Sums {

		long opening;

		long granted;

		long utilised;

		long repaid;

		void add(FinancialYear year, String kind, long amount, Instant at) {
			if (!at.isBefore(year.end())) {
				return;
			}
			if (at.isBefore(year.start())) {
				this.opening += kind.equals("UTILISATION") ? -amount : amount;
				return;
			}
			switch (kind) {
				case "GRANT" -> this.granted += amount;
				case "UTILISATION" -> this.utilised += amount;
				default -> this.repaid += amount;
			}
		}

	}

	private static final class Written {

		final FinancialYear year;

		final String district;

		final Sums own = new Sums();

		long shgs;

		long active;

		Written(FinancialYear year, String district) {
			this.year = year;
			this.district = district;
		}

		Document entry(String shg, String kind, long amount, Instant at) {
			this.own.add(this.year, kind, amount, at);
			return new Document("_id", "fund-" + UUID.randomUUID()).append("shgId", shg)
				.append("kind", kind)
				.append("amountMinor", amount)
				.append("note", "Report " + kind)
				.append("at", Date.from(at))
				.append("by", "usr-test-officer");
		}

	}

}
