package ladakh.crafts.marketplace.search.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;

import ladakh.crafts.catalog.search.CatalogSearch;
import ladakh.crafts.catalog.search.ElasticsearchCatalogSearch;
import ladakh.crafts.catalog.sync.CatalogSync;
import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.PhoneBrowser;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static ladakh.crafts.marketplace.testsupport.PhoneBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A buyer's journey in a real, headless Chromium at 360 px with the CSP in force: from
 * the home page search for "thanka" (a local spelling), narrow by the craft facet, open
 * the product, see the maker's verified badge and follow it to the verification page,
 * which says the registration is valid.
 * <p>
 * This runs the real search (catalog-indexer's query API over the local Elasticsearch
 * node) and the in-process sync: the listings are written to MongoDB marked dirty and the
 * test waits, with a bound, until the sync has indexed them. Both are required: without
 * them the test fails, never skips (it cannot be faked: it is the journey through them).
 */
@WebIntegrationTest
class StorefrontJourneyInBrowserTests extends MongoBackedTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * How long the sync may take to make a new listing searchable before the test fails.
	 */
	private static final Duration INDEX_WAIT = Duration.ofSeconds(60);

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	WebTestClient http;

	/** The real query API over the index (not a fake): no bean, no context, a failure. */
	@Autowired
	CatalogSearch search;

	/** The in-process sync that indexes what the test writes to MongoDB. */
	@Autowired
	CatalogSync sync;

	private ChromeDriver browser;

	private StorefrontFixtures catalogue;

	private String title;

	private String registrationNumber;

	@BeforeEach
	void seedAndStartBrowser() throws IOException {
		PhoneBrowser.requireChromium();
		this.catalogue = new StorefrontFixtures(this.mongo);
		String artisan = this.catalogue.id("art-journey");
		String painter = this.catalogue.id("art-journey-dragon");
		this.registrationNumber = "KGL/HC/2017/" + (1000 + (int) (Math.random() * 8999));
		this.title = "Thangka of Green Tara " + this.catalogue.run;
		this.catalogue.craft("thangka-painting", "Thangka painting", "थंका चित्रकला")
			.craft("dragon-painting", "Dragon painting", "ड्रैगन चित्रकारी")
			.seller(artisan, "ARTISAN", "Tsewang Journey " + this.catalogue.run, this.registrationNumber, "ACTIVE",
					LocalDate.now().plusYears(3))
			.seller(painter, "ARTISAN", "Dragon Painter " + this.catalogue.run, null, "ACTIVE",
					LocalDate.now().plusYears(3));
		this.catalogue.listing(this.catalogue.id("lst-journey"), artisan, "thangka-painting", this.title,
				"हरित तारा का थंका " + this.catalogue.run, 4_500_000L, "PUBLISHED", Instant.now());
		this.catalogue.listing(this.catalogue.id("lst-journey-dragon"), painter, "dragon-painting",
				"Thangka-style dragon panel " + this.catalogue.run, null, 900_000L, "PUBLISHED", Instant.now());
		this.browser = PhoneBrowser.startLoggingConsole("browser-profile-journey");
	}

	/** Bounded polling of the public API until the sync has indexed the new listing. */
	private void awaitSearchable() {
		long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
		String unique = this.catalogue.run;
		while (System.nanoTime() < deadline) {
			String body = this.http.get()
				.uri("/api/v1/search?q={q}&craft=thangka-painting", "green tara " + unique)
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			if (body != null && body.contains(this.title) && body.contains("\"limited\":false")) {
				return;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				fail("interrupted while waiting for the index");
			}
		}
		fail("The listing %s was not searchable within %s: is the in-process sync running?", this.title, INDEX_WAIT);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aBuyerFindsAThankaByItsLocalSpellingAndChecksTheMakersRegistration() throws IOException {
		assertThat(this.search).as("catalog-indexer's real query API").isInstanceOf(ElasticsearchCatalogSearch.class);
		assertThat(this.sync.isRunning()).as("the in-process sync runs").isTrue();
		awaitSearchable();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
		this.browser.get("http://127.0.0.1:" + this.port + "/?lang=en");

		WebElement box = this.browser.findElement(By.id("site-search-q"));
		box.sendKeys("thanka");
		box.submit();
		wait.until((driver) -> driver.getCurrentUrl().contains("/search?"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("thanka");
		assertThat(this.browser.findElements(By.cssSelector(".alert--warning"))).as("search is not limited").isEmpty();
		screenshot("journey-1-results.png");
		assertFitsTheScreen();

		// On a phone the facets are folded behind one "Filters" button, so the first
		// results show without scrolling past every facet.
		WebElement filters = this.browser.findElement(By.cssSelector(".facets-panel__toggle"));
		assertThat(filters.isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.cssSelector("#facet-craft")).isDisplayed()).as("folded").isFalse();
		assertThat(this.browser.findElement(By.cssSelector(".product-card")).getLocation().getY())
			.as("the first result is on the first screen")
			.isLessThan(800);
		filters.click();
		wait.until((driver) -> driver.findElement(By.cssSelector("#facet-craft")).isDisplayed());
		WebElement craftFacet = this.browser.findElements(By.cssSelector("#facet-craft a.facet__link"))
			.stream()
			.filter((link) -> link.getText().contains("Thangka painting"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no Thangka painting link in the craft facet"));
		craftFacet.click();
		wait.until((driver) -> driver.getCurrentUrl().contains("craft=thangka-painting"));
		assertThat(this.browser.findElement(By.cssSelector(".facets-panel__active")).getText()).isEqualTo("1 active");
		// A wide screen shows the facets as a sidebar, without the button.
		this.browser.manage().window().setSize(new Dimension(1200, 800));
		wait.until((driver) -> driver.findElement(By.cssSelector("#facet-craft")).isDisplayed());
		assertThat(this.browser.findElement(By.cssSelector(".facets-panel__toggle")).isDisplayed()).isFalse();
		this.browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 800));
		assertThat(this.browser.findElement(By.cssSelector("#facet-craft .facet__link--selected"))
			.getDomProperty("textContent")).contains("Thangka painting");
		List<String> titles = this.browser.findElements(By.cssSelector(".product-card__title"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(titles).contains(this.title).noneMatch((shown) -> shown.startsWith("Thangka-style dragon panel"));
		screenshot("journey-2-narrowed.png");

		this.browser.findElement(By.linkText(this.title)).click();
		wait.until((driver) -> driver.getCurrentUrl().contains("/listings/"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo(this.title);
		WebElement badge = this.browser.findElement(By.cssSelector(".maker-card__verified"));
		assertThat(badge.getText()).isEqualTo("Registered artisan: verify");
		assertThat(badge.getDomAttribute("href")).isEqualTo("/verify/" + this.registrationNumber);
		screenshot("journey-3-product.png");
		assertFitsTheScreen();

		// On a phone "Add to cart" holds the bottom of the screen; the buyer scrolls the
		// badge up before tapping it (WebDriver alone would scroll it just to the bottom
		// edge, under the bar, where a thumb would land on the bar too).
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", badge);
		badge.click();
		wait.until((driver) -> driver.getCurrentUrl().contains("/verify/"));
		String verification = this.browser.findElement(By.tagName("main")).getText();
		assertThat(verification).contains(this.registrationNumber)
			.contains(
					"This card is genuine: the department has registered this artisan and the registration is valid today.");
		screenshot("journey-4-verified.png");

		List<LogEntry> errors = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			// Seeded photos are references only; their images are not stored here.
			.filter((entry) -> !entry.getMessage().contains("/media/"))
			.toList();
		assertThat(errors).as("console errors, such as Content-Security-Policy violations").isEmpty();
	}

	/** Runs with or without the index: the pages read MongoDB or fall back to it. */
	@Test
	void theStorefrontPagesFitAPhoneInEnglishAndHindiWithoutConsoleErrors() throws IOException {
		String base = "http://127.0.0.1:" + this.port;
		for (String language : List.of("en", "hi")) {
			for (String path : List.of("/search?craft=thangka-painting&lang=",
					"/listings/" + this.catalogue.id("lst-journey") + "?lang=", "/crafts/thangka-painting?lang=",
					"/sellers/" + this.catalogue.id("art-journey") + "?lang=")) {
				this.browser.get(base + path + language);
				assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo(language);
				assertThat(this.browser.findElements(By.tagName("h1"))).as(path).isNotEmpty();
				assertFitsTheScreen();
				screenshot("storefront-" + path.substring(1, path.indexOf('?')).replace('/', '-') + "-" + language
						+ ".png");
			}
		}
		assertThat(this.browser.findElement(By.id("site-search-q")).getDomAttribute("list"))
			.as("autocomplete.js ran under the CSP and attached its suggestion list")
			.isEqualTo("suggestions-0");
		this.browser.get(base + "/search?priceMin=-5&lang=en");
		assertThat(this.browser.findElement(By.cssSelector(".alert--error")).getText()).contains("cannot be negative");
		assertFitsTheScreen();
		List<LogEntry> errors = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.filter((entry) -> !entry.getMessage().contains("/media/"))
			// The refused search above answers 400 on purpose.
			.filter((entry) -> !entry.getMessage().contains("priceMin=-5"))
			.toList();
		assertThat(errors).as("console errors, such as Content-Security-Policy violations").isEmpty();
	}

	private void assertFitsTheScreen() {
		JavascriptExecutor script = this.browser;
		Number scrollWidth = (Number) script.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).as("page width at %d px (no sideways scrolling)", PHONE_WIDTH)
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}

	private void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		Files.createDirectories(SCREENSHOTS);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}
