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
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, the product page's "Add to cart" is in reach and uncovered wherever the
 * buyer is on a long page (top, the description, the maker's card, the very bottom),
 * never covers the footer's last link, comes after the price in the keyboard's order, and
 * a sold-out piece shows no bar; a photo opens enlarged (and closes) without a script.
 */
@WebIntegrationTest
class ProductPageOnAPhoneInBrowserTests extends MongoBackedTest {

	/** The button's box and whether it is the element at its own centre (not covered). */
	private static final String BUTTON_IN_REACH = """
			const r = arguments[0].getBoundingClientRect();
			const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
			return {top: r.top, bottom: r.bottom, height: window.innerHeight,
			        uncovered: hit !== null && arguments[0].contains(hit)};""";

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	private ChromeDriver browser;

	private String listing;

	private String soldOut;

	@BeforeEach
	void listingAndBrowser() throws IOException {
		PhoneBrowser.requireChromium();
		StorefrontFixtures catalogue = new StorefrontFixtures(this.mongo);
		String craft = "phone-" + catalogue.run;
		String artisan = catalogue.id("art-phone");
		this.listing = catalogue.id("lst-phone");
		this.soldOut = catalogue.id("lst-phone-gone");
		catalogue.craft(craft, "Phone craft", "फ़ोन शिल्प")
			.seller(artisan, "ARTISAN", "Stanzin Phone", "LEH/HC/2025/0999", "ACTIVE", LocalDate.now().plusYears(2));
		catalogue.listing(this.listing, artisan, craft, "Woollen socks", null, 90_000L, "PUBLISHED", Instant.now());
		catalogue.listing(this.soldOut, artisan, craft, "Woollen cap", null, 60_000L, "SOLD_OUT", Instant.now());
		// A long description, as makers write: the page is several screens long.
		String story = "Spun by hand from the winter fleece of Changthangi goats and knitted in Stok. ".repeat(40);
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(this.listing)),
					Update.update("description", new Document("en", story).append("hi", story)), "listings")
			.block();
		this.browser = PhoneBrowser.start("product-phone-profile");
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void addToCartStaysInReachUncoveredFromTopToBottomAndLeavesTheFooterFree() {
		this.browser.get("http://127.0.0.1:" + this.port + "/listings/" + this.listing + "?lang=en");
		JavascriptExecutor script = this.browser;
		WebElement add = this.browser.findElement(By.cssSelector("#add-to-cart button[type=submit]"));
		Number pageHeight = (Number) script.executeScript("return document.documentElement.scrollHeight");
		assertThat(pageHeight.intValue()).as("a page of several screens").isGreaterThan(3 * 800);

		assertInReach(add, "at the top of the page");
		script.executeScript("document.querySelector('.listing__summary .lead').scrollIntoView({block: 'center'})");
		assertInReach(add, "in the middle of the description");
		script.executeScript("document.getElementById('maker-heading').scrollIntoView({block: 'start'})");
		assertInReach(add, "at the maker's card, past the summary");
		script.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
		assertInReach(add, "at the very bottom");

		WebElement last = this.browser.findElement(By.cssSelector(".site-footer__links li:last-child a"));
		@SuppressWarnings("unchecked")
		Map<String, Object> footer = (Map<String, Object>) script.executeScript(BUTTON_IN_REACH, last);
		assertThat(((Number) footer.get("bottom")).doubleValue()).as("the footer's last link is on the screen")
			.isLessThanOrEqualTo(((Number) footer.get("height")).doubleValue());
		assertThat(footer.get("uncovered")).as("the bar does not cover the footer's last link").isEqualTo(true);
		Number scrollWidth = (Number) script.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(PhoneBrowser.PHONE_WIDTH);

		// A wide screen keeps the form where it was, in the summary beside the photos.
		this.browser.manage().window().setSize(new Dimension(1200, 800));
		assertThat(this.browser.findElement(By.id("add-to-cart")).getCssValue("position")).isEqualTo("static");
		this.browser.manage().window().setSize(new Dimension(PhoneBrowser.PHONE_WIDTH, 800));

		add.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getCurrentUrl().endsWith("/cart"));
		assertThat(this.browser.findElement(By.id("cart-nav")).getText()).isEqualTo("Cart (1)");
	}

	@Test
	void theKeyboardReachesTheQuantityAndTheButtonAfterThePriceAndFocusIsNeverHiddenBehindTheBar() {
		this.browser.get("http://127.0.0.1:" + this.port + "/listings/" + this.listing + "?lang=en");
		JavascriptExecutor script = this.browser;
		// From the last photo link, Tab goes to the quantity, then to the button, then to
		// Save.
		script.executeScript(
				"const links = document.querySelectorAll('.gallery__thumbs a');" + " links[links.length - 1].focus()");
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
		assertThat(focused()).isEqualTo("add-quantity");
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
		assertThat(script.executeScript("return document.activeElement.closest('#add-to-cart') !== null"
				+ " && document.activeElement.type === 'submit'"))
			.isEqualTo(true);
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
		assertThat(focused()).isEqualTo("save-listing");

		// Nothing between Save and the maker's card takes focus: Tab goes down the page
		// to the maker's name, which scrolls into view above the bar.
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
		assertThat(script.executeScript("return document.activeElement.closest('.maker-card__name') !== null"))
			.isEqualTo(true);
		@SuppressWarnings("unchecked")
		Map<String, Object> link = (Map<String, Object>) script.executeScript(BUTTON_IN_REACH,
				this.browser.switchTo().activeElement());
		assertThat(link.get("uncovered")).as("the focused link is not behind the bar").isEqualTo(true);
	}

	@Test
	void aSoldOutPieceShowsNoBarAndReservesNoSpace() {
		this.browser.get("http://127.0.0.1:" + this.port + "/listings/" + this.soldOut + "?lang=en");
		assertThat(this.browser.findElement(By.cssSelector(".listing__stock")).getText())
			.isEqualTo("Sold out for now.");
		assertThat(this.browser.findElements(By.id("add-to-cart"))).isEmpty();
		JavascriptExecutor script = this.browser;
		Object footerPadding = script
			.executeScript("return getComputedStyle(document.querySelector('.site-footer')).paddingBottom");
		Object footerTop = script
			.executeScript("return getComputedStyle(document.querySelector('.site-footer')).paddingTop");
		assertThat(footerPadding).as("no room kept for a bar that is not there").isEqualTo(footerTop);
	}

	@Test
	void aPhotoOpensEnlargedAndClosesWithoutAScript() {
		this.browser.get("http://127.0.0.1:" + this.port + "/listings/" + this.listing + "?lang=en");
		assertThat(this.browser.findElement(By.id("zoom-1")).isDisplayed()).isFalse();
		this.browser.findElement(By.cssSelector(".gallery__zoom-hint a")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.findElement(By.id("zoom-1")).isDisplayed());
		this.browser.findElement(By.cssSelector("#zoom-1 .zoom__close")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.findElement(By.id("zoom-1")).isDisplayed());
	}

	private void assertInReach(WebElement button, String where) {
		@SuppressWarnings("unchecked")
		Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) this.browser)
			.executeScript(BUTTON_IN_REACH, button);
		assertThat(((Number) box.get("top")).doubleValue()).as("the button's top is on the screen " + where)
			.isGreaterThanOrEqualTo(0);
		assertThat(((Number) box.get("bottom")).doubleValue()).as("the button's bottom is on the screen " + where)
			.isLessThanOrEqualTo(((Number) box.get("height")).doubleValue());
		assertThat(box.get("uncovered")).as("nothing covers the button " + where).isEqualTo(true);
	}

	private String focused() {
		return (String) ((JavascriptExecutor) this.browser).executeScript("return document.activeElement.id");
	}

}
