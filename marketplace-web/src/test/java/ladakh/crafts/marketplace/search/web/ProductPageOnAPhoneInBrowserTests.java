package ladakh.crafts.marketplace.search.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.PhoneBrowser;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, the product page's "Add to cart" stays on the screen however far the buyer
 * scrolls, and a photo opens enlarged (and closes) without a script.
 */
@WebIntegrationTest
class ProductPageOnAPhoneInBrowserTests extends MongoBackedTest {

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	private ChromeDriver browser;

	private String listing;

	@BeforeEach
	void listingAndBrowser() throws IOException {
		PhoneBrowser.requireChromium();
		StorefrontFixtures catalogue = new StorefrontFixtures(this.mongo);
		String craft = "phone-" + catalogue.run;
		String artisan = catalogue.id("art-phone");
		this.listing = catalogue.id("lst-phone");
		catalogue.craft(craft, "Phone craft", "फ़ोन शिल्प")
			.seller(artisan, "ARTISAN", "Stanzin Phone", "LEH/HC/2025/0999", "ACTIVE", LocalDate.now().plusYears(2));
		catalogue.listing(this.listing, artisan, craft, "Woollen socks", null, 90_000L, "PUBLISHED", Instant.now());
		this.browser = PhoneBrowser.start("product-phone-profile");
	}

	private void screenshot(String name) {
		try {
			java.nio.file.Path dir = java.nio.file.Files
				.createDirectories(java.nio.file.Path.of("target", "screenshots"));
			java.nio.file.Files.copy(this.browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
					dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void addToCartStaysInReachAndAPhotoOpensEnlarged() {
		this.browser.get("http://127.0.0.1:" + this.port + "/listings/" + this.listing);
		JavascriptExecutor script = this.browser;
		script.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
		WebElement add = this.browser.findElement(By.cssSelector("#add-to-cart button[type=submit]"));
		@SuppressWarnings("unchecked")
		Map<String, Number> box = (Map<String, Number>) script.executeScript(
				"const r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom, height: window.innerHeight};",
				add);
		assertThat(box.get("top").doubleValue()).as("the button's top is on the screen").isGreaterThanOrEqualTo(0);
		assertThat(box.get("bottom").doubleValue()).as("the button's bottom is on the screen")
			.isLessThanOrEqualTo(box.get("height").doubleValue());
		Number scrollWidth = (Number) script.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(PhoneBrowser.PHONE_WIDTH);

		screenshot("product-phone-bottom.png");
		script.executeScript("window.scrollTo(0, 0)");
		screenshot("product-phone-top.png");
		assertThat(this.browser.findElement(By.id("zoom-1")).isDisplayed()).isFalse();
		this.browser.findElement(By.cssSelector(".gallery__zoom-hint a")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.id("zoom-1")).isDisplayed());
		this.browser.findElement(By.cssSelector("#zoom-1 .zoom__close")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.findElement(By.id("zoom-1")).isDisplayed());

		add.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith("/cart"));
		assertThat(this.browser.findElement(By.id("cart-nav")).getText()).isEqualTo("Cart (1)");
	}

}
