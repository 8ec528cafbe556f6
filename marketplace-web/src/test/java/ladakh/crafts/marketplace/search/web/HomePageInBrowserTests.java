package ladakh.crafts.marketplace.search.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static ladakh.crafts.marketplace.testsupport.PhoneBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page in a real, headless Chromium at the width of a basic smartphone (360 px),
 * with the Content-Security-Policy in force. Screenshots land in target/screenshots for a
 * human eye.
 */
@WebIntegrationTest
class HomePageInBrowserTests extends OwnCatalogueTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	private ChromeDriver browser;

	@BeforeEach
	void startBrowser() throws IOException {
		PhoneBrowser.requireChromium();
		// Listings without photos: the /media endpoint is not on this branch, and a
		// missing
		// image would be a console error unrelated to what is under test.
		clearEverywhere(this.mongo).craft("pashmina-weaving", "Pashmina weaving", "पश्मीना बुनाई", 1)
			.craft("thangka-painting", "Thangka painting", "थंका चित्रकला", 2)
			.craft("papu-shoes", "Papu shoes", "पापू जूते", 3)
			.seller("art-0001", "ARTISAN", "Tsering Dolma")
			.seller("shg-0001", "SHG", "Chuchot Women SHG")
			.listing("lst-00001", "art-0001", "Pashmina shawl, natural undyed", "पश्मीना शॉल, प्राकृतिक", 2_450_000L,
					null, Instant.parse("2026-01-01T00:00:00Z"))
			.listing("lst-00002", "shg-0001", "Silver filigree earrings", "चाँदी की फ़िलिग्री बालियाँ", 249_950L, null,
					Instant.parse("2026-02-01T00:00:00Z"));
		indexEverything(this.mongo);
		this.browser = PhoneBrowser.startLoggingConsole("browser-profile");
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theHomePageWorksAt360PixelsInEnglishAndHindiWithoutConsoleErrors() throws IOException {
		this.browser.get("http://127.0.0.1:" + this.port + "/");

		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Crafts made by hand in Ladakh");
		assertThat(this.browser.findElements(By.cssSelector(".product-card"))).hasSize(2);
		screenshot("home-en.png");
		assertFitsTheScreen();

		this.browser.findElement(By.cssSelector("a[hreflang='hi']")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> "hi".equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));

		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("लद्दाख में हाथ से बने शिल्प");
		assertThat(this.browser.findElement(By.cssSelector(".brand__name")).getText()).isEqualTo("लद्दाख शिल्प");
		screenshot("home-hi.png");
		assertFitsTheScreen();

		this.browser.get("http://127.0.0.1:" + this.port + "/style");
		assertThat(this.browser.findElement(By.tagName("html")).getDomAttribute("lang"))
			.as("the language cookie keeps Hindi on the next page")
			.isEqualTo("hi");
		screenshot("style-hi.png");
		assertFitsTheScreen();
		this.browser.get("http://127.0.0.1:" + this.port + "/style?lang=en");
		screenshot("style-en.png");
		for (String section : List.of("buttons", "badges", "alerts", "cards", "forms", "tables")) {
			Files.copy(this.browser.findElement(By.id(section)).getScreenshotAs(OutputType.FILE).toPath(),
					SCREENSHOTS.resolve("style-en-" + section + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		this.browser.get("http://127.0.0.1:" + this.port + "/no/such/page");
		screenshot("404-en.png");

		List<LogEntry> errors = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			// The deliberate 404 above is logged by the browser as a failed resource.
			.filter((entry) -> !entry.getMessage().contains("/no/such/page"))
			.toList();
		assertThat(errors).as("console errors, such as Content-Security-Policy violations").isEmpty();
	}

	private void assertFitsTheScreen() {
		JavascriptExecutor script = this.browser;
		Number scrollWidth = (Number) script.executeScript("return document.documentElement.scrollWidth");
		Number innerWidth = (Number) script.executeScript("return window.innerWidth");
		assertThat(innerWidth.intValue()).as("the browser window is as narrow as a phone").isEqualTo(PHONE_WIDTH);
		Number headerWidth = (Number) script
			.executeScript("return document.querySelector('.site-header').getBoundingClientRect().width");
		assertThat(scrollWidth.intValue()).as("page width at %d px (no sideways scrolling)", PHONE_WIDTH)
			.isLessThanOrEqualTo(PHONE_WIDTH);
		assertThat(headerWidth.intValue()).isLessThanOrEqualTo(PHONE_WIDTH);
	}

	/**
	 * A full-length screenshot: the window grows to the page's height, then shrinks back.
	 */
	private void screenshot(String name) throws IOException {
		JavascriptExecutor script = this.browser;
		Number height = (Number) script
			.executeScript("return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight");
		this.browser.manage().window().setSize(new Dimension(PHONE_WIDTH, Math.min(height.intValue(), 8000)));
		File shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		Files.createDirectories(SCREENSHOTS);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		this.browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 800));
	}

}
