package ladakh.crafts.marketplace.system;

import java.io.IOException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.PhoneBrowser;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static ladakh.crafts.marketplace.testsupport.PhoneBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer on a 360 px phone opens the staff menu in the header and reaches the audit
 * log through it, without sideways scrolling.
 */
@WebIntegrationTest
class StaffMenuInBrowserTests extends MongoBackedTest {

	private static final String PASSWORD = "Menu-Peak-8842";

	private static final By AUDIT_LINK = By.cssSelector("a.staff-menu__link[href='/staff/audit']");

	private final String run = UUID.randomUUID().toString().substring(0, 6);

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
		this.mongo
			.insert(new Document("_id", "usr-menu-officer-" + this.run).append("login", login())
				.append("displayName", "Menu Officer")
				.append("passwordHash", this.encoder.encode(PASSWORD))
				.append("roles", List.of("OFFICER"))
				.append("sellerId", null)
				.append("enabled", true)
				.append("createdAt", new Date())
				.append("lastLoginAt", null), "users")
			.block();
		this.browser = PhoneBrowser.start("browser-profile-staff-menu");
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anOfficerReachesTheAuditLogThroughTheMenuOnAPhone() {
		String base = "http://127.0.0.1:" + this.port;
		this.browser.get(base + "/login");
		this.browser.findElement(By.id("login-username")).sendKeys(login());
		this.browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

		assertThat(this.browser.findElement(AUDIT_LINK).isDisplayed()).as("closed until asked").isFalse();
		this.browser.findElement(By.className("staff-menu__toggle")).click();
		assertFitsTheScreen();
		this.browser.findElement(AUDIT_LINK).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/staff/audit"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Audit log");
		assertFitsTheScreen();
	}

	private String login() {
		return "menu-officer-" + this.run + "@example.in";
	}

	private void assertFitsTheScreen() {
		Number scrollWidth = (Number) ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth");
		assertThat(scrollWidth.intValue()).as("page width at %d px (no sideways scrolling)", PHONE_WIDTH)
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}

}
