package ladakh.crafts.marketplace.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.shared.CsvText;
import ladakh.crafts.marketplace.testsupport.BrowserSignIn;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.PhoneBrowser;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import ladakh.crafts.marketplace.treasury.GeneratedLedgerYear;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 in a real browser 360 px wide, in English and Hindi: each staff role signs in
 * and lands on its home page of figures; the reports open from there; on every page each
 * chart's drawn values equal its table's, and nothing scrolls sideways; each report's CSV
 * and PDF download with the browser's own session, the CSV adding up to the page's total.
 */
@WebIntegrationTest
class ReportsInBrowserTests extends MongoBackedTest {

	/** One report of each kind, opened as a reader would from the reports page. */
	private static final List<String> REPORTS_OF_EACH_KIND = List.of("/staff/reports/revenue/{fy}",
			"/staff/reports/funnel?by=district", "/staff/reports/stipends/{fy}", "/staff/reports/exhibitions/{fy}",
			"/staff/reports/shg-funds/{fy}", "/staff/reports/payouts/{fy}", "/staff/reports/kits/{fy}",
			"/staff/reports/operations");

	private static final Map<String, String> HOME_TITLE = Map.of("en", "Home", "hi", "मुख पृष्ठ");

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	RevenueLedger ledger;

	private ChromeDriver browser;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void browser() throws IOException {
		PhoneBrowser.requireChromium();
		this.browser = PhoneBrowser.start("browser-profile-reports");
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void everyStaffRoleLandsOnItsFiguresWhoseChartsMatchTheirTablesInBothLanguages() {
		for (String role : List.of("INSTRUCTOR", "OFFICER", "ACCOUNTS", "REVIEWER", "ADMIN")) {
			String login = new BrowserSignIn(this.mongo, this.encoder).account("usr-rb-" + role + "-" + this.run,
					"rb-" + role.toLowerCase() + "-" + this.run + "@example.in", "Reports " + role, role, null);
			BrowserSignIn.signIn(this.browser, base(), login);
			new WebDriverWait(this.browser, Duration.ofSeconds(15))
				.until(ExpectedConditions.urlToBe(base() + "/staff/dashboard"));
			for (String language : List.of("en", "hi")) {
				open("/staff/dashboard?lang=" + language);
				assertThat(this.browser.findElement(By.tagName("h1")).getText()).as(role)
					.isEqualTo(HOME_TITLE.get(language));
				int charts = assertChartsMatchTheirTables(role + " home, " + language);
				if ("INSTRUCTOR".equals(role)) {
					// An instructor placed at no centre: the attendance part says so.
					assertThat(this.browser.findElement(By.id("dashboard-attendance")).getText()).isNotBlank();
				}
				else {
					assertThat(charts).as(role + " has charts on its home").isPositive();
				}
				assertFitsTheScreen(role + " home, " + language);
			}
			BrowserSignIn.signOut(this.browser);
		}
	}

	@Test
	void theRevenueReportOpensFromTheReportsDrawsEveryBreakdownAndDownloadsAsCsvAndPdf() throws Exception {
		GeneratedLedgerYear year = GeneratedLedgerYear.written(this.ledger);
		String fy = year.year.label();
		String login = new BrowserSignIn(this.mongo, this.encoder).account("usr-rb-reader-" + this.run,
				"rb-reader-" + this.run + "@example.in", "Reports reader", "ACCOUNTS", null);
		BrowserSignIn.signIn(this.browser, base(), login);
		for (String language : List.of("en", "hi")) {
			open("/staff/reports?lang=" + language);
			assertFitsTheScreen("reports, " + language);
			open("/staff/reports/revenue/" + fy + "?lang=" + language);
			assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains(fy);
			assertThat(assertChartsMatchTheirTables("revenue " + fy + ", " + language)).isEqualTo(6);
			assertFitsTheScreen("revenue " + fy + ", " + language);
			long total = Long.parseLong(this.browser.findElement(By.cssSelector("#revenue-total dd[data-value]"))
				.getDomAttribute("data-value"));
			assertThat(total).isEqualTo(year.totalOf(fy).total());

			String csvHref = this.browser.findElement(By.cssSelector("a[href$='/export.csv']")).getDomProperty("href");
			HttpResponse<byte[]> csv = fetch(csvHref);
			assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
			assertThat(csvTotals(new String(csv.body(), StandardCharsets.UTF_8)).values())
				.allSatisfy((sum) -> assertThat(sum).isEqualByComparingTo(BigDecimal.valueOf(total).movePointLeft(2)))
				.hasSize(6);

			String pdfHref = this.browser.findElement(By.cssSelector("a[href$='/export.pdf']")).getDomProperty("href");
			HttpResponse<byte[]> pdf = fetch(pdfHref);
			assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
			try (PDDocument document = Loader.loadPDF(pdf.body())) {
				assertThat(new PDFTextStripper().getText(document)).as(language).contains(fy);
			}
		}
	}

	@Test
	void oneReportOfEachKindDrawsItsFiguresAndDownloadsAsCsvAndPdfInBothLanguages() throws Exception {
		String login = new BrowserSignIn(this.mongo, this.encoder).account("usr-rb-kinds-" + this.run,
				"rb-kinds-" + this.run + "@example.in", "Reports officer", "OFFICER", null);
		BrowserSignIn.signIn(this.browser, base(), login);
		String fy = ladakh.crafts.marketplace.treasury.FinancialYear.of(java.time.Instant.now()).label();
		for (String report : REPORTS_OF_EACH_KIND) {
			String path = report.replace("{fy}", fy);
			for (String language : List.of("en", "hi")) {
				open(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
				assertThat(this.browser.findElements(By.cssSelector(".error-page, [data-error]"))).as(path).isEmpty();
				assertThat(assertChartsMatchTheirTables(path + ", " + language)).as(path + " has a chart").isPositive();
				assertFitsTheScreen(path + ", " + language);
				HttpResponse<byte[]> csv = fetch(
						this.browser.findElement(By.cssSelector("a[href*='export.csv']")).getDomProperty("href"));
				assertThat(csv.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/csv");
				assertThat(new String(csv.body(), StandardCharsets.UTF_8)).as(path).contains("TOTAL");
				HttpResponse<byte[]> pdf = fetch(
						this.browser.findElement(By.cssSelector("a[href*='export.pdf']")).getDomProperty("href"));
				assertThat(pdf.headers().firstValue("Content-Type")).as(path).hasValue("application/pdf");
				try (PDDocument document = Loader.loadPDF(pdf.body())) {
					assertThat(document.getNumberOfPages()).as(path).isPositive();
				}
			}
		}
	}

	/**
	 * Every chart on the page: the values its drawing carries equal its table's, in
	 * order; returns how many charts there were.
	 */
	private int assertChartsMatchTheirTables(String where) {
		List<WebElement> figures = this.browser.findElements(By.cssSelector("figure.chart"));
		for (WebElement figure : figures) {
			String id = figure.getDomAttribute("id");
			List<String> drawn = figure.findElements(By.cssSelector("svg [data-value]"))
				.stream()
				.map((mark) -> mark.getDomAttribute("data-value"))
				.toList();
			List<String> tabled = figure.findElements(By.cssSelector("table [data-value]"))
				.stream()
				.map((cell) -> cell.getDomAttribute("data-value"))
				.toList();
			assertThat(drawn).as("%s: %s", where, id).isEqualTo(tabled);
			assertThat(figure.findElement(By.tagName("svg")).isDisplayed()).as("%s: %s drawn", where, id).isTrue();
		}
		return figures.size();
	}

	private void assertFitsTheScreen(String where) {
		Number width = (Number) ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth");
		assertThat(width.intValue()).as("%s fits %d px", where, PhoneBrowser.PHONE_WIDTH)
			.isLessThanOrEqualTo(PhoneBrowser.PHONE_WIDTH);
	}

	/** Each breakdown's rows summed, by breakdown; each must equal its TOTAL line. */
	private static Map<String, BigDecimal> csvTotals(String csv) {
		Map<String, BigDecimal> sums = new HashMap<>();
		Map<String, BigDecimal> totals = new HashMap<>();
		for (String line : csv.split("\r\n")) {
			List<String> cells = CsvText.split(line);
			if ("fy".equals(cells.get(0))) {
				continue;
			}
			BigDecimal amount = new BigDecimal(cells.get(4));
			if ("TOTAL".equals(cells.get(2))) {
				totals.put(cells.get(1), amount);
			}
			else {
				sums.merge(cells.get(1), amount, BigDecimal::add);
			}
		}
		assertThat(sums.keySet()).isEqualTo(totals.keySet());
		sums.forEach((breakdown, sum) -> assertThat(sum).as(breakdown).isEqualByComparingTo(totals.get(breakdown)));
		return totals;
	}

	private void open(String path) {
		this.browser.get(base() + path);
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	/** The request a click would send, with the browser's own session cookie. */
	private HttpResponse<byte[]> fetch(String url) throws IOException, InterruptedException {
		String cookies = this.browser.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		return response;
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
