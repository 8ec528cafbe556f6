package ladakh.crafts.marketplace.catalog.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;

import static ladakh.crafts.marketplace.testsupport.PhoneBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seller on a 360 px phone, with JavaScript's help not needed: signs in, adds a
 * listing, uploads a photo and sends it for sale; the first listing waits for an officer.
 */
@WebIntegrationTest
class ListingInBrowserTests extends MongoBackedTest {

	private static final String PASSWORD = "Listing-Peak-5521";

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	private ChromeDriver browser;

	private String seller;

	private String login;

	@BeforeEach
	void sellerAndBrowser() throws IOException {
		PhoneBrowser.requireChromium();
		new ListingFixtures(this.mongo);
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.seller = "art-browser-" + run;
		this.login = "seller-" + run + "@example.in";
		new SellerFixtures(this.mongo).artisan(this.seller, "Rigzin Angmo " + run, null, "ACTIVE",
				LocalDate.now().plusYears(2));
		this.mongo
			.insert(new Document("_id", "usr-browser-" + run).append("login", this.login)
				.append("displayName", "Rigzin Angmo")
				.append("passwordHash", this.encoder.encode(PASSWORD))
				.append("roles", List.of("SELLER"))
				.append("sellerId", this.seller)
				.append("enabled", true)
				.append("createdAt", new Date())
				.append("lastLoginAt", null), "users")
			.block();
		this.browser = PhoneBrowser.start("browser-profile-listings");
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aSellerAddsAListingWithAPhotoAndSendsItForReviewOnAPhone() throws IOException {
		String base = "http://127.0.0.1:" + this.port;
		this.browser.get(base + "/login");
		type(By.id("login-username"), this.login);
		type(By.id("login-password"), PASSWORD);
		this.browser.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
		wait(ExpectedConditions.urlToBe(base + "/seller"));

		this.browser.findElement(By.id("listings-link")).click();
		wait(ExpectedConditions.urlToBe(base + "/seller/listings"));
		this.browser.findElement(By.id("new-listing")).click();
		wait(ExpectedConditions.urlToBe(base + "/seller/listings/new"));
		assertFitsTheScreen();
		type(By.id("titleEn"), "Namda rug with lotus");
		type(By.id("descriptionEn"), "Felted wool, hand-embroidered.");
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("craft")))
			.selectByValue(ListingFixtures.CRAFT);
		type(By.id("price"), "3200");
		this.browser.findElement(By.id("stock")).clear();
		type(By.id("stock"), "2");
		this.browser.findElement(By.id("save-listing")).click();
		wait(ExpectedConditions.urlContains("/photos"));
		String id = this.browser.getCurrentUrl().replaceAll("^.*/seller/listings/([^/]+)/photos.*$", "$1");

		Path png = Files.createTempFile("namda", ".png");
		Files.write(png, ListingFixtures.png(800, 600));
		this.browser.findElement(By.id("photo")).sendKeys(png.toAbsolutePath().toString());
		this.browser.findElement(By.id("upload-photo")).click();
		wait(ExpectedConditions.urlContains("done=photo"));
		assertThat(this.browser.findElements(By.cssSelector(".listing-photos img"))).hasSize(1);
		assertFitsTheScreen();

		this.browser.findElement(By.id("submit-" + id)).click();
		wait(ExpectedConditions.urlContains("/seller/listings?done="));
		WebElement row = this.browser.findElement(By.id("listing-" + id));
		assertThat(row.getText()).contains("Namda rug with lotus", "Waiting for the department");
		Document stored = this.mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "listings")
			.block();
		assertThat(stored.getString("status")).isEqualTo("PENDING_REVIEW");
		assertThat(stored.getList("photos", Document.class)).hasSize(1);
		assertThat(stored.getString("sellerId")).isEqualTo(this.seller);
	}

	private void type(By field, String text) {
		this.browser.findElement(field).sendKeys(text);
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(15)).until(condition);
	}

	private void assertFitsTheScreen() {
		JavascriptExecutor script = this.browser;
		Number scrollWidth = (Number) script.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).as("no sideways scrolling at %d px", PHONE_WIDTH)
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}

}
