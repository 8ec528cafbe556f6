package ladakh.crafts.marketplace.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.shared.CsvText;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.PdfFonts;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.treasury.GeneratedLedgerYear;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revenue report over the shared generated year (102,000 ledger lines, issue 16):
 * every breakdown's rows equal the generator's own totals, reckoned from the amounts it
 * drew, and add up to the year; the CSV parses back to the same totals; the page's charts
 * carry the figures of their tables; the PDF prints in English and Hindi.
 */
@MockServerTest
class RevenueReportTests {

	@Autowired
	RevenueLedger ledger;

	@Autowired
	FinancialYearReports reports;

	@Autowired
	WebTestClient http;

	private GeneratedLedgerYear year;

	private String fy;

	@BeforeEach
	void generatedYear() {
		this.year = GeneratedLedgerYear.written(this.ledger);
		this.fy = this.year.year.label();
	}

	@Test
	void everyBreakdownEqualsTheGeneratorsOwnTotalsAndAddsUpToTheYear() {
		RevenueReport report = this.reports.revenue(this.year.year).block();
		GeneratedLedgerYear.Tally expected = this.year.totalOf(this.fy);
		assertThat(report.total().total().minor()).isEqualTo(expected.total());
		assertThat(report.total().commission().minor()).isEqualTo(expected.commission());
		assertThat(report.total().lines()).isEqualTo(expected.lines());

		assertThat(totals(report, Breakdown.CHANNEL)).isEqualTo(this.year.totalsByChannel(this.fy));
		assertThat(totals(report, Breakdown.MONTH)).isEqualTo(this.year.totalsByMonth(this.fy)).hasSize(12);
		assertThat(totals(report, Breakdown.SELLER_KIND)).isEqualTo(by(GeneratedLedgerYear.Seller::kind));
		assertThat(totals(report, Breakdown.CRAFT)).isEqualTo(by(GeneratedLedgerYear.Seller::craft));
		assertThat(totals(report, Breakdown.DISTRICT)).isEqualTo(by(GeneratedLedgerYear.Seller::district));
		assertThat(totals(report, Breakdown.CENTRE)).isEqualTo(by((seller) -> seller.centre() ? seller.id() : null))
			.hasSize(31);
		for (Breakdown breakdown : Breakdown.values()) {
			assertThat(totals(report, breakdown).values().stream().mapToLong(Long::longValue).sum())
				.as(breakdown.name())
				.isEqualTo(expected.total());
		}
	}

	@Test
	void theCsvParsesBackToTheSameTotalsInEveryBreakdown() {
		String csv = reader().get()
			.uri("/staff/reports/revenue/" + this.fy + "/export.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<List<String>> rows = new ArrayList<>();
		for (String line : csv.split("\r\n")) {
			rows.add(CsvText.split(line));
		}
		assertThat(rows.get(0)).containsExactly("fy", "breakdown", "key", "label", "total", "commission", "owed",
				"lines");
		BigDecimal year = BigDecimal.valueOf(this.year.totalOf(this.fy).total()).movePointLeft(2);
		Map<String, BigDecimal> sums = new HashMap<>();
		Map<String, BigDecimal> totals = new HashMap<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			assertThat(row.get(0)).isEqualTo(this.fy);
			BigDecimal amount = new BigDecimal(row.get(4));
			if ("TOTAL".equals(row.get(2))) {
				totals.put(row.get(1), amount);
			}
			else {
				sums.merge(row.get(1), amount, BigDecimal::add);
			}
		}
		assertThat(totals.keySet()).containsExactlyInAnyOrder("month", "channel", "seller-kind", "craft", "district",
				"centre");
		totals.forEach((breakdown, total) -> {
			assertThat(total).as(breakdown).isEqualByComparingTo(year);
			assertThat(sums.get(breakdown)).as(breakdown).isEqualByComparingTo(year);
		});
	}

	@Test
	void thePageDrawsEachBreakdownWithTheFiguresOfItsTableInBothLanguages() {
		for (String language : List.of("en", "hi")) {
			String page = reader().get()
				.uri("/staff/reports/revenue/" + this.fy + "?lang=" + language)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			for (Breakdown breakdown : Breakdown.values()) {
				String id = "revenue-" + breakdown.slug() + "-chart";
				int figure = page.indexOf("id=\"" + id + "-figure\"");
				assertThat(figure).as(id).isPositive();
				String chart = page.substring(figure, page.indexOf("</figure>", figure));
				String svg = chart.substring(chart.indexOf("<svg"), chart.indexOf("</svg>"));
				String table = chart.substring(chart.indexOf("<table"));
				assertThat(values(svg)).as(id).isNotEmpty().isEqualTo(values(table));
			}
			assertThat(page)
				.contains((language.equals("hi") ? "राजस्व, वित्तीय वर्ष " : "Revenue, financial year ") + this.fy);
		}
	}

	@Test
	void thePdfPrintsTheYearInEnglishAndHindi() throws Exception {
		for (String language : List.of("en", "hi")) {
			byte[] pdf = reader().get()
				.uri("/staff/reports/revenue/" + this.fy + "/export.pdf?lang=" + language)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PDF)
				.expectBody(byte[].class)
				.returnResult()
				.getResponseBody();
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(document);
				assertThat(text).as(language)
					.contains(this.fy)
					.contains(PdfFonts.money(Money.paise(this.year.totalOf(this.fy).total()),
							Locale.forLanguageTag(language)));
			}
		}
	}

	@Test
	void aYearThatIsNotOneIsNotFoundWithWordsToActOn() {
		for (String bad : List.of("2026-28", "twenty", "2026")) {
			String page = reader().get()
				.uri("/staff/reports/revenue/" + bad)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(page).as(bad).contains("Write it like 2026-27");
		}
	}

	private Map<String, Long> by(Function<GeneratedLedgerYear.Seller, String> key) {
		return this.year.totalsBy(this.fy, key);
	}

	private static Map<String, Long> totals(RevenueReport report, Breakdown breakdown) {
		Map<String, Long> totals = new HashMap<>();
		report.by(breakdown).forEach((row) -> totals.put(String.valueOf(row.key()), row.totals().total().minor()));
		return totals;
	}

	private static List<String> values(String markup) {
		List<String> values = new ArrayList<>();
		Matcher matcher = Pattern.compile("data-value=\"(-?\\d+)\"").matcher(markup);
		while (matcher.find()) {
			values.add(matcher.group(1));
		}
		return values;
	}

	private WebTestClient reader() {
		return this.http.mutateWith(SignedIn.as(SignedIn.accounts()));
	}

}
