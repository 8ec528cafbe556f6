package ladakh.crafts.marketplace.orders.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.orders.FulfilmentFixtures;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.PhoneBrowser;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;

import static ladakh.crafts.marketplace.testsupport.PhoneBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fulfilment in a real, headless Chromium at 360 px with the CSP in force: each of two
 * sellers signs in, packs, ships (courier and tracking number) and delivers their own
 * part of one paid order in /seller/orders, and the buyer sees both parts delivered on
 * /orders/{id}.
 */
@WebIntegrationTest
class FulfilmentInBrowserTests extends MongoBackedTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String PASSWORD = "Fulfil-Peak-7421";

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	private ChromeDriver browser;

	@BeforeEach
	void startBrowser() throws IOException {
		PhoneBrowser.requireChromium();
		this.browser = PhoneBrowser.start("browser-profile-fulfilment");
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void eachSellerShipsTheirPartAndTheBuyerSeesBothDelivered() throws IOException {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String sellerA = "art-br-a-" + run;
		String sellerB = "art-br-b-" + run;
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		sellers.artisan(sellerA, "Sonam Carver " + run, "LEH/HC/2022/" + (1000 + (int) (Math.random() * 8000)),
				"ACTIVE", LocalDate.now().plusYears(1));
		sellers.artisan(sellerB, "Dolma Weaver " + run, "LEH/HC/2021/" + (1000 + (int) (Math.random() * 8000)),
				"ACTIVE", LocalDate.now().plusYears(1));
		String buyerId = "usr-br-buyer-" + run;
		String buyerLogin = "br-buyer-" + run + "@example.in";
		user(buyerId, buyerLogin, "BUYER", null);
		user("usr-br-a-" + run, "br-a-" + run + "@example.in", "SELLER", sellerA);
		user("usr-br-b-" + run, "br-b-" + run + "@example.in", "SELLER", sellerB);
		ListingFixtures listings = new ListingFixtures(this.mongo);
		// As checkout and the staff payment leave it (the orders area's work).
		Document order = new FulfilmentFixtures(this.mongo).order(buyerId, buyerLogin, "PAID", "PAID",
				new FulfilmentFixtures.Item(sellerA, listings.listing(sellerA, "PUBLISHED"), 1, 320_000),
				new FulfilmentFixtures.Item(sellerB, listings.listing(sellerB, "PUBLISHED"), 1, 2_450_000));
		List<String> parts = FulfilmentFixtures.partIds(order);

		shipAndDeliver("br-a-" + run + "@example.in", parts.get(0), "seller-a");
		shipAndDeliver("br-b-" + run + "@example.in", parts.get(1), "seller-b");

		signIn(buyerLogin);
		this.browser.get(url("/orders"));
		navigate(this.browser.findElement(By.linkText(order.getString("number"))));
		List<String> statuses = this.browser.findElements(By.cssSelector(".order-part .part-status"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(statuses).containsExactly("Delivered", "Delivered");
		assertThat(this.browser.findElements(By.cssSelector(".part-tracking"))).hasSize(2);
		screenshot("fulfilment-buyer-order.png");
		assertFitsTheScreen();
	}

	@Test
	void aBuyerBuysFromTwoSellersOfflineStaffRecordThePaymentSellersShipAndTheBuyerSeesBothDelivered()
			throws IOException {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String sellerA = "art-bj-a-" + run;
		String sellerB = "art-bj-b-" + run;
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		sellers.artisan(sellerA, "Sonam Carver " + run, "LEH/HC/2020/" + (1000 + (int) (Math.random() * 8000)),
				"ACTIVE", LocalDate.now().plusYears(1));
		sellers.artisan(sellerB, "Dolma Weaver " + run, "LEH/HC/2020/" + (1000 + (int) (Math.random() * 8000)),
				"ACTIVE", LocalDate.now().plusYears(1));
		String buyerLogin = "bj-buyer-" + run + "@example.in";
		user("usr-bj-buyer-" + run, buyerLogin, "BUYER", null);
		user("usr-bj-accounts-" + run, "bj-accounts-" + run + "@example.in", "ACCOUNTS", null);
		user("usr-bj-a-" + run, "bj-a-" + run + "@example.in", "SELLER", sellerA);
		user("usr-bj-b-" + run, "bj-b-" + run + "@example.in", "SELLER", sellerB);
		ListingFixtures listings = new ListingFixtures(this.mongo);
		String listingA = listings.listing(sellerA, "PUBLISHED");
		String listingB = listings.listing(sellerB, "PUBLISHED");

		// The buyer puts one piece of each seller in the cart and checks out, paying by
		// bank transfer.
		signIn(buyerLogin);
		for (String listing : List.of(listingA, listingB)) {
			this.browser.get(url("/listings/" + listing));
			navigate(this.browser.findElement(By.cssSelector("#add-to-cart button[type='submit']")));
		}
		this.browser.get(url("/cart"));
		assertThat(this.browser.findElements(By.cssSelector(".cart-line"))).hasSize(2);
		navigate(this.browser.findElement(By.id("checkout-link")));
		type("name", "Tsering Buyer");
		type("email", buyerLogin);
		type("phone", "9419012345");
		type("line1", "12 Fort Road");
		type("city", "Leh");
		type("district", "Leh");
		new Select(this.browser.findElement(By.id("state"))).selectByVisibleText("Ladakh");
		type("pinCode", "194101");
		this.browser.findElement(By.id("method-BANK_TRANSFER")).click();
		screenshot("journey-checkout.png");
		navigate(this.browser.findElement(By.id("place-order")));
		String orderId = this.browser.getCurrentUrl().replaceAll(".*/checkout/placed/([^/?#]+).*", "$1");
		String number = this.browser.findElement(By.id("payment-reference")).getText();
		screenshot("journey-placed.png");
		signOut();

		// Accounts staff record the bank transfer.
		signIn("bj-accounts-" + run + "@example.in");
		this.browser.get(url("/staff/orders"));
		WebElement awaiting = this.browser.findElement(By.id("order-" + number));
		awaiting.findElement(By.name("amount")).sendKeys("49000");
		awaiting.findElement(By.name("reference")).sendKeys("UTR" + run);
		navigate(awaiting.findElement(By.cssSelector("button[type='submit']")));
		signOut();

		// Each seller ships and delivers their own part.
		Document partA = this.mongo
			.findOne(Query.query(Criteria.where("orderId").is(orderId).and("sellerId").is(sellerA)), Document.class,
					"order_parts")
			.block();
		Document partB = this.mongo
			.findOne(Query.query(Criteria.where("orderId").is(orderId).and("sellerId").is(sellerB)), Document.class,
					"order_parts")
			.block();
		assertThat(partA.getString("status")).isEqualTo("PAID");
		shipAndDeliver("bj-a-" + run + "@example.in", partA.getString("_id"), "journey-seller-a");
		shipAndDeliver("bj-b-" + run + "@example.in", partB.getString("_id"), "journey-seller-b");

		// The buyer sees both parts delivered.
		signIn(buyerLogin);
		this.browser.get(url("/orders/" + orderId));
		assertThat(this.browser.findElements(By.cssSelector(".order-part .part-status"))
			.stream()
			.map(WebElement::getText)
			.toList()).containsExactly("Delivered", "Delivered");
		screenshot("journey-delivered.png");
		assertFitsTheScreen();
	}

	private void type(String id, String text) {
		WebElement field = this.browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void shipAndDeliver(String sellerLogin, String partId, String name) throws IOException {
		signIn(sellerLogin);
		this.browser.get(url("/seller/orders"));
		navigate(part(partId).findElement(By.cssSelector(".pack-button")));
		assertThat(this.browser.findElement(By.cssSelector(".alert")).getText()).contains("packed");
		part(partId).findElement(By.name("carrier")).sendKeys("India Post");
		part(partId).findElement(By.name("trackingNumber")).sendKeys("EE" + partId.hashCode() + "IN");
		screenshot("fulfilment-" + name + "-ship.png");
		assertFitsTheScreen();
		navigate(part(partId).findElement(By.cssSelector(".ship-button")));
		navigate(part(partId).findElement(By.cssSelector(".deliver-button")));
		assertThat(part(partId).findElement(By.cssSelector(".part-status")).getText()).isEqualTo("Delivered");
		signOut();
	}

	/** Clicks something that loads a new page and waits until the old one is gone. */
	private void navigate(WebElement element) {
		WebElement page = this.browser.findElement(By.tagName("html"));
		element.click();
		PhoneBrowser.waitUntilGone(this.browser, page, Duration.ofSeconds(20));
	}

	private WebElement part(String partId) {
		return this.browser.findElement(By.id("part-" + partId));
	}

	private void signIn(String login) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.name("username")).sendKeys(login);
		this.browser.findElement(By.name("password")).sendKeys(PASSWORD);
		navigate(this.browser.findElement(By.cssSelector("main button[type='submit']")));
	}

	private void signOut() {
		navigate(this.browser.findElement(By.cssSelector(".account-nav__button")));
	}

	private void user(String id, String login, String role, String sellerId) {
		this.mongo
			.insert(new Document("_id", id).append("login", login)
				.append("displayName", login)
				.append("passwordHash", this.encoder.encode(PASSWORD))
				.append("roles", List.of(role))
				.append("sellerId", sellerId)
				.append("enabled", true)
				.append("createdAt", new Date())
				.append("lastLoginAt", null), "users")
			.block();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
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
