package ladakh.crafts.marketplace.treasury.deposits;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;

import ladakh.crafts.marketplace.testsupport.BrowserSignIn;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.PhoneBrowser;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
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
 * The demo accounts clerk signs in on a 360 px wide browser, lands on the accounts home,
 * sees the exceptions first and the year's figures per centre, and opens a deposit; in
 * English and in Hindi. The treasury demo (receipts of tc-0001..tc-0003, three deposits)
 * is loaded into the shared test database as the demo loads it.
 */
@WebIntegrationTest
class TreasuryHomeInBrowserTests extends MongoBackedTest {

	private static final String LOGIN = "accounts@demo.ladakh";

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	RevenueLedger ledger;

	@Autowired
	TreasuryDeposits deposits;

	@Autowired
	Clock clock;

	private ChromeDriver browser;

	@BeforeEach
	void demoAndBrowser() throws IOException {
		PhoneBrowser.requireChromium();
		new TreasuryDemoData(this.ledger, this.deposits, this.clock).seed().block(Duration.ofMinutes(1));
		this.mongo
			.remove(new Query(new Criteria().orOperator(Criteria.where("_id").is("usr-demo-accounts"),
					Criteria.where("login").is(LOGIN))), Document.class, "users")
			.block();
		new BrowserSignIn(this.mongo, this.encoder).account("usr-demo-accounts", LOGIN, "Demo accounts clerk",
				"ACCOUNTS", null);
		this.browser = PhoneBrowser.start("browser-profile-treasury");
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theAccountsClerkSeesExceptionsAndFiguresAndOpensADepositInEnglishAndHindi() throws IOException {
		String base = "http://127.0.0.1:" + this.port;
		BrowserSignIn.signIn(this.browser, base, LOGIN);
		new WebDriverWait(this.browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.urlContains("/staff/dashboard"));
		assertThat(this.browser.getCurrentUrl()).as("the clerk lands on their figures").endsWith("/staff/dashboard");

		home(base, "en", "Treasury", "A deposit with nothing allocated", "Deposit DEMO-1800000003");
		home(base, "hi", "कोषागार", "ऐसा जमा जिसमें से कुछ भी आवंटित नहीं", "जमा DEMO-1800000003");
	}

	private void home(String base, String language, String title, String nothingAllocated, String depositTitle)
			throws IOException {
		this.browser.get(base + "/staff/treasury?lang=" + language);
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo(title);
		WebElement exceptions = this.browser.findElement(By.id("exceptions"));
		assertThat(exceptions.getText()).contains(nothingAllocated).contains("DEMO-1800000003");
		assertThat(exceptions.findElements(By.cssSelector("[data-kind='NOT_ADDING_UP']"))).isNotEmpty();
		assertThat(exceptions.findElements(By.cssSelector("[data-kind='OUTSTANDING']"))).isNotEmpty();
		WebElement year = this.browser.findElement(By.id("this-year"));
		assertThat(year.findElement(By.id("centre-tc-0001")).getText()).contains("₹");
		assertThat(year.findElement(By.id("centre-tc-0003")).getText()).contains("₹");
		assertThat(this.browser.findElement(By.id("exceptions")).getLocation().getY()).as("the exceptions come first")
			.isLessThan(year.getLocation().getY());
		assertFitsTheScreen();
		screenshot("treasury-home-" + language + ".png");

		WebElement link = exceptions
			.findElement(By.cssSelector("a[href$='/staff/treasury/deposits/dep-DEMO1800000003']"));
		link.click();
		PhoneBrowser.waitUntilGone(this.browser, link, Duration.ofSeconds(10));
		assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo(depositTitle);
		assertThat(this.browser.findElement(By.id("deposit-unallocated")).getText()).isEqualTo("₹8,000");
		assertFitsTheScreen();
		screenshot("treasury-deposit-" + language + ".png");
	}

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
