package ladakh.crafts.marketplace.search.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.catalog.search.SynonymStore;
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
 * An officer signs in on a 360 px wide browser, finds the synonym page usable without
 * sideways scrolling, sees a mistake explained beside the box, and adds a group.
 */
@WebIntegrationTest
class SynonymAdminInBrowserTests extends MongoBackedTest {

	private static final String PASSWORD = "Synonym-Peak-5531";

	private final String run = UUID.randomUUID().toString().substring(0, 6);

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	SynonymStore store;

	private ChromeDriver browser;

	@BeforeEach
	void startBrowser() throws IOException {
		PhoneBrowser.requireChromium();
		this.store.seedDefaults().block();
		this.mongo.remove(Query.query(Criteria.where("_id").is("usr-syn-officer")), "users").block();
		this.mongo
			.insert(new Document("_id", "usr-syn-officer").append("login", "syn-officer-" + this.run + "@example.in")
				.append("displayName", "Synonym Officer")
				.append("passwordHash", this.encoder.encode(PASSWORD))
				.append("roles", List.of("OFFICER"))
				.append("sellerId", null)
				.append("enabled", true)
				.append("createdAt", new Date())
				.append("lastLoginAt", null), "users")
			.block();
		this.browser = PhoneBrowser.start("browser-profile-synonyms");
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
		this.store.delete("tsampa" + this.run).block();
	}

	@Test
	void anOfficerAddsAGroupOnAPhoneSizedScreen() throws IOException {
		String base = "http://127.0.0.1:" + this.port;
		this.browser.get(base + "/login");
		this.browser.findElement(By.id("login-username")).sendKeys("syn-officer-" + this.run + "@example.in");
		this.browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
		// Let the sign-in finish (it lands on the staff console) before going elsewhere.
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		this.browser.get(base + "/admin/search/synonyms");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search synonyms");
		assertThat(this.browser.findElement(By.id("group-thangka")).getText()).contains("thangka, thanka, tangka");
		assertFitsTheScreen();

		this.browser.findElement(By.id("synonym-terms-new")).sendKeys("tsampa" + this.run);
		this.browser.findElement(By.cssSelector("form[action='/admin/search/synonyms'] button[type='submit']")).click();
		assertThat(waitFor(By.id("synonym-terms-new-error")).getText())
			.contains("Give at least two different spellings.");
		assertFitsTheScreen();
		screenshot("synonyms-error-en.png");

		this.browser.findElement(By.id("synonym-terms-new")).sendKeys(", sattu");
		this.browser.findElement(By.cssSelector("form[action='/admin/search/synonyms'] button[type='submit']")).click();
		// The click returns once the form is sent; wait for the page it leads to.
		WebElement notice = waitFor(By.cssSelector(".alert"));
		screenshot("synonyms-added-en.png");
		assertThat(notice.getText()).contains("The group is added.");
		assertThat(this.browser.findElement(By.id("group-tsampa" + this.run)).getText())
			.contains("tsampa" + this.run + ", sattu");
		assertFitsTheScreen();
	}

	/**
	 * A form submit returns before its answer is shown: wait for what the answer shows.
	 */
	private WebElement waitFor(By locator) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	private void assertFitsTheScreen() {
		JavascriptExecutor script = this.browser;
		Number scrollWidth = (Number) script.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).as("page width at %d px (no sideways scrolling)", PHONE_WIDTH)
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}

	private void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
		Files.copy(shot.toPath(), screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
	}

}
