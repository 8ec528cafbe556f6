package ladakh.crafts.marketplace.training.attendance.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.PageInspection;
import ladakh.crafts.marketplace.testsupport.PhoneBrowser;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static ladakh.crafts.marketplace.testsupport.PhoneBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instructor on a 360 px phone, in English and in Hindi, opens the batch's sheet,
 * loses the network (Chromium's offline mode), marks the batch and themselves, one tap
 * each; the marks wait on the phone, and the sheet opens again offline from the service
 * worker's copy; back online they are sent and kept once; and the officer's daily report
 * shows them.
 */
@WebIntegrationTest
class AttendanceOfflineInBrowserTests extends MongoBackedTest {

	private static final String PASSWORD = "Attendance-Peak-5521";

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	private ChromeDriver browser;

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@ParameterizedTest
	@CsvSource({ "en, Present, Absent, On leave", "hi, उपस्थित, अनुपस्थित, छुट्टी पर" })
	void marksMadeOfflineReachTheOfficersReport(String language, String present, String absent, String leave)
			throws IOException {
		PhoneBrowser.requireChromium();
		String run = UUID.randomUUID().toString().substring(0, 8);
		String centre = "tc-att-browser-" + run;
		String batch = "batch-att-browser-" + run;
		String instructorId = "usr-att-instructor-" + run;
		String instructorLogin = "instructor-" + run + "@example.in";
		String officerLogin = "officer-" + run + "@example.in";
		AttendanceFixtures fixtures = new AttendanceFixtures(this.mongo);
		fixtures.centre(centre, "Handicraft Training Centre, Leh", instructorId, "Padma Wangmo");
		List<String> trainees = fixtures.batch(centre, batch, "Stanzin", 3);
		user(instructorId, instructorLogin, "Padma Wangmo", "INSTRUCTOR");
		user("usr-att-officer-" + run, officerLogin, "Rigzin Officer", "OFFICER");
		PageInspection inspection = new PageInspection(Set.of("wood-carving"));
		this.browser = PhoneBrowser.start("browser-profile-attendance-" + language);

		signIn(instructorLogin);
		String base = "http://127.0.0.1:" + this.port;
		this.browser.get(base + "/staff/attendance?lang=" + language);
		String sheet = "/staff/attendance/centres/" + centre + "/batches/" + batch;
		this.browser.findElement(By.cssSelector("a[href='" + sheet + "']")).click();
		wait(ExpectedConditions.urlToBe(base + sheet));
		// The service worker controls the sheet, and keeps a copy of it, before the
		// network goes.
		wait((driver) -> Boolean.TRUE
			.equals(((JavascriptExecutor) driver).executeScript("return navigator.serviceWorker.controller !== null")));
		this.browser.navigate().refresh();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("attendance-form")));
		assertThat(inspection.problems(this.browser)).as(language + " sheet").isEmpty();

		network(false);
		tap(trainees.get(0), "PRESENT");
		tap(trainees.get(1), "ABSENT");
		tap(trainees.get(2), "LEAVE");
		tap(instructorId, "PRESENT");
		wait((driver) -> status().contains("4"));
		assertThat(fixtures.marks(batch)).isZero();

		// Offline, the sheet opens again from the phone, the marks still waiting.
		this.browser.navigate().refresh();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("attendance-form")));
		wait((driver) -> status().contains("4"));
		assertThat(this.browser.findElement(By.cssSelector("input[name='p." + trainees.get(1) + "'][value='ABSENT']"))
			.isSelected()).isTrue();
		assertThat(fixtures.marks(batch)).isZero();
		assertFitsTheScreen();

		network(true);
		new WebDriverWait(this.browser, Duration.ofSeconds(60))
			.until((driver) -> status().equals(text("data-text-none")));
		assertThat(fixtures.marks(batch)).isEqualTo(4);
		// Loading the sheet again sends nothing twice.
		this.browser.navigate().refresh();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("attendance-form")));
		wait((driver) -> status().equals(text("data-text-none")));
		assertThat(fixtures.marks(batch)).isEqualTo(4);

		// The officer's daily report shows the marks.
		this.browser.manage().deleteAllCookies();
		signIn(officerLogin);
		this.browser.get(base + "/staff/attendance/report?lang=" + language);
		this.browser.findElement(By.cssSelector("#centre-" + centre + " a")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("centre-counts")));
		assertThat(cell(trainees.get(0))).isEqualTo(present);
		assertThat(cell(trainees.get(1))).isEqualTo(absent);
		assertThat(cell(trainees.get(2))).isEqualTo(leave);
		assertThat(cell(instructorId)).isEqualTo(present);
		assertThat(this.browser.findElement(By.id("count-present")).getText()).isEqualTo("2");
		assertFitsTheScreen();
		assertThat(inspection.problems(this.browser)).as(language + " report").isEmpty();
	}

	private void signIn(String login) {
		String base = "http://127.0.0.1:" + this.port;
		this.browser.get(base + "/login");
		this.browser.findElement(By.id("login-username")).sendKeys(login);
		this.browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
		wait(ExpectedConditions.urlToBe(base + "/staff/dashboard"));
	}

	private void tap(String person, String choice) {
		this.browser.findElement(By.cssSelector("input[name='p." + person + "'][value='" + choice + "']")).click();
	}

	private String status() {
		return this.browser.findElement(By.id("attendance-status")).getText().strip();
	}

	private String text(String attribute) {
		return this.browser.findElement(By.cssSelector("[data-attendance]")).getAttribute(attribute).strip();
	}

	private String cell(String person) {
		return this.browser.findElement(By.cssSelector("#person-" + person + " .attendance-status")).getText().strip();
	}

	private void user(String id, String login, String name, String role) {
		this.mongo
			.insert(new Document("_id", id).append("login", login)
				.append("displayName", name)
				.append("passwordHash", this.encoder.encode(PASSWORD))
				.append("roles", List.of(role))
				.append("enabled", true)
				.append("createdAt", new Date())
				.append("lastLoginAt", null), "users")
			.block();
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
