package ladakh.crafts.marketplace.stalls.web;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.stalls.StallFixtures;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.PageInspection;
import ladakh.crafts.marketplace.testsupport.PhoneBrowser;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static ladakh.crafts.marketplace.testsupport.PhoneBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seller at their stall on a 360 px phone: moves pieces to the stall, loses the network
 * (Chromium's offline mode, set through chromedriver), sells one piece, which waits on
 * the phone; the page opens again from the service worker's copy; back online, the sale
 * is sent and counted once, with one ledger line.
 */
@WebIntegrationTest
class StallSalesOfflineInBrowserTests extends MongoBackedTest {

	private static final String PASSWORD = "Stall-Sale-Peak-7731";

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	private ChromeDriver browser;

	private StallFixtures fixtures;

	private String seller;

	private String login;

	private String fair;

	private String listing;

	@BeforeEach
	void sellerWithAStallAndABrowser() throws IOException {
		PhoneBrowser.requireChromium();
		this.fixtures = new StallFixtures(this.mongo);
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.seller = "art-pos-" + run;
		this.login = "stall-" + run + "@example.in";
		new SellerFixtures(this.mongo).artisan(this.seller, "Tsering Yangdol " + run, null, "ACTIVE",
				LocalDate.now().plusYears(2));
		this.mongo
			.insert(new Document("_id", "usr-pos-" + run).append("login", this.login)
				.append("displayName", "Tsering Yangdol")
				.append("passwordHash", this.encoder.encode(PASSWORD))
				.append("roles", List.of("SELLER"))
				.append("sellerId", this.seller)
				.append("enabled", true)
				.append("createdAt", new Date())
				.append("lastLoginAt", null), "users")
			.block();
		this.fair = this.fixtures.exhibitionOnNow();
		this.fixtures.stall(this.fair, "C-7", this.seller);
		this.listing = this.fixtures.listing(this.seller, 3);
		this.mongo.getCollection("listings")
			.flatMap((listings) -> reactor.core.publisher.Mono.from(listings.updateOne(
					com.mongodb.client.model.Filters.eq("_id", this.listing),
					com.mongodb.client.model.Updates.set("title",
							new Document("en", "Pashmina stole with paisley border").append("hi", "पश्मीना स्टोल")))))
			.block();
		this.browser = PhoneBrowser.start("browser-profile-stall-sales");
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aPieceSoldOfflineIsCountedOnceWhenThePhoneIsBackOnline() {
		String base = "http://127.0.0.1:" + this.port;
		this.browser.get(base + "/login");
		this.browser.findElement(By.id("login-username")).sendKeys(this.login);
		this.browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
		wait(ExpectedConditions.urlToBe(base + "/seller"));

		this.browser.findElement(By.id("stalls-link")).click();
		wait(ExpectedConditions.urlToBe(base + "/seller/stalls"));
		this.browser.findElement(By.cssSelector("a[href='/seller/stalls/" + this.fair + "']")).click();
		wait(ExpectedConditions.urlToBe(base + "/seller/stalls/" + this.fair));
		// The service worker controls the stall pages before the network goes.
		wait((driver) -> Boolean.TRUE
			.equals(((JavascriptExecutor) driver).executeScript("return navigator.serviceWorker.controller !== null")));

		new Select(this.browser.findElement(By.id("move-listing"))).selectByValue(this.listing);
		this.browser.findElement(By.id("move-quantity")).clear();
		this.browser.findElement(By.id("move-quantity")).sendKeys("2");
		this.browser.findElement(By.id("move-button")).click();
		wait(ExpectedConditions.urlContains("done=toStall"));
		assertThat(this.fixtures.atStall(this.listing, this.fair)).isEqualTo(2);
		assertThat(this.fixtures.online(this.listing)).isEqualTo(1);
		assertFitsTheScreen();

		network(false);
		new Select(this.browser.findElement(By.id("sale-listing"))).selectByValue(this.listing);
		this.browser.findElement(By.id("sell-button")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("sale-queue"), "waiting to send"));
		assertThat(this.fixtures.sales(this.seller)).isZero();

		// Offline, the page opens again from the phone, the sale still waiting.
		this.browser.navigate().refresh();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("sale-queue"), "waiting to send"));
		assertThat(this.fixtures.sales(this.seller)).isZero();

		network(true);
		new WebDriverWait(this.browser, Duration.ofSeconds(60))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sale-queue"), "counted."));
		assertThat(this.fixtures.sales(this.seller)).isEqualTo(1);
		assertThat(this.fixtures.ledgerLines(this.seller)).singleElement()
			.satisfies((line) -> assertThat(line.getString("channel")).isEqualTo("STALL"));
		assertThat(this.fixtures.atStall(this.listing, this.fair)).isEqualTo(1);

		// Loading the page again sends nothing twice.
		this.browser.navigate().refresh();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.id("sale-queue"), "counted."));
		this.browser.findElement(By.cssSelector("#sale-queue a")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("receipt")));
		assertThat(this.browser.findElement(By.id("receipt-total")).getText()).isEqualTo("Total ₹1,000");
		assertThat(this.fixtures.sales(this.seller)).isEqualTo(1);
		assertThat(this.fixtures.ledgerLines(this.seller)).hasSize(1);

		// The point of sale with its receipt passes the walk's checks (axe, no codes or
		// ids, no sideways scrolling) in English and Hindi.
		PageInspection inspection = new PageInspection(Set.of(ListingFixtures.CRAFT));
		assertThat(inspection.problems(this.browser)).as("en").isEmpty();
		this.browser.get(this.browser.getCurrentUrl() + "&lang=hi");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("receipt")));
		assertThat(inspection.problems(this.browser)).as("hi").isEmpty();
	}

	private void network(boolean online) {
		ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
		conditions.setOffline(!online);
		this.browser.setNetworkConditions(conditions);
	}

	private void assertFitsTheScreen() {
		Object width = ((JavascriptExecutor) this.browser).executeScript("return document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).isLessThanOrEqualTo(PHONE_WIDTH);
	}

	private void wait(ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(15)).until(condition);
	}

}
