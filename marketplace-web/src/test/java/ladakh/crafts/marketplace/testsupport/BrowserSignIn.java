package ladakh.crafts.marketplace.testsupport;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts for browser tests, stored as the accounts area stores them, and signing in
 * through the login form as a person would.
 */
public final class BrowserSignIn {

	/** Every account made here has this password. */
	public static final String PASSWORD = "Browser-Sign-In-Peak-7731";

	private final ReactiveMongoTemplate mongo;

	private final PasswordEncoder encoder;

	public BrowserSignIn(ReactiveMongoTemplate mongo, PasswordEncoder encoder) {
		this.mongo = mongo;
		this.encoder = encoder;
	}

	/**
	 * Stores an enabled account.
	 * @param id the user id
	 * @param login the login (an email address)
	 * @param displayName the name shown in the header
	 * @param role the one role
	 * @param sellerId the seller a SELLER account acts for, or null
	 * @return the login
	 */
	public String account(String id, String login, String displayName, String role, String sellerId) {
		this.mongo
			.insert(new Document("_id", id).append("login", login)
				.append("displayName", displayName)
				.append("passwordHash", this.encoder.encode(PASSWORD))
				.append("roles", List.of(role))
				.append("sellerId", sellerId)
				.append("enabled", true)
				.append("createdAt", new Date())
				.append("lastLoginAt", null), "users")
			.block();
		return login;
	}

	/** Signs in through the login form and waits to leave it. */
	public static void signIn(ChromeDriver browser, String base, String login) {
		browser.get(base + "/login");
		browser.findElement(By.id("login-username")).sendKeys(login);
		browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
		browser.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** Forgets the session (another person picks up the phone). */
	public static void signOut(ChromeDriver browser) {
		browser.manage().deleteAllCookies();
	}

}
