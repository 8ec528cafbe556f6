package ladakh.crafts.marketplace.sellers;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import ladakh.crafts.marketplace.accounts.Accounts;
import ladakh.crafts.marketplace.accounts.LoginName;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.InProcessMongo;
import ladakh.crafts.marketplace.testsupport.PhoneBrowser;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

import static ladakh.crafts.marketplace.testsupport.PhoneBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first "done when": the whole registration journey in a real, headless
 * Chromium, as the real roles walk it, through the pages only. An artisan applies on a
 * phone-sized screen; an officer schedules the test; the instructor records a pass; the
 * officer approves and hands over the sign-in; the artisan signs in, downloads the card,
 * and its QR code leads to the verification page, which says ACTIVE and, after the
 * officer suspends the seller, SUSPENDED.
 * <p>
 * The QR code must lead somewhere the browser can open, so the public URL is this test's
 * own server: the test picks a free port at random before the application starts and
 * names it in {@code marketplace.public-url}. The journey runs in a database of its own
 * so other tests' data (and their clean-ups) cannot meet it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "marketplace.notifications.dispatch=false")
class ArtisanJourneyInBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final int DESK_WIDTH = 1280;

	private static final int PORT = TestSocketUtils.findAvailableTcpPort();

	private static final String BASE = "http://127.0.0.1:" + PORT;

	private static final String PASSWORD = "journey staff password";

	private static final String CRAFT = "journey-papier-mache";

	@DynamicPropertySource
	static void serverAndDatabase(DynamicPropertyRegistry registry) {
		InProcessMongo.register(registry, "marketplace-journey");
		registry.add("server.port", () -> PORT);
		registry.add("marketplace.public-url", () -> BASE);
	}

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Accounts accounts;

	private ChromeDriver phone;

	private ChromeDriver desk;

	private String officerLogin;

	private String instructorLogin;

	private String instructorName;

	@BeforeEach
	void staffAndBrowsers() throws IOException {
		PhoneBrowser.requireChromium();
		this.mongo.remove(Query.query(Criteria.where("_id").is(CRAFT)), "crafts").block();
		this.mongo
			.insert(new Document("_id", CRAFT)
				.append("name", new Document("en", "Papier-mâché").append("hi", "पेपर-माशे"))
				.append("sortOrder", 0), "crafts")
			.block();
		// Real accounts with passwords, made the way an administrator makes them.
		String suffix = Long.toString(System.nanoTime(), 36);
		this.officerLogin = "officer-" + suffix + "@example.in";
		this.instructorLogin = "instructor-" + suffix + "@example.in";
		this.instructorName = "Instructor Tashi " + suffix;
		this.accounts
			.createStaff(SignedIn.admin(), new LoginName(this.officerLogin), "Officer Dolkar " + suffix,
					Set.of(Role.OFFICER), PASSWORD)
			.block();
		this.accounts
			.createStaff(SignedIn.admin(), new LoginName(this.instructorLogin), this.instructorName,
					Set.of(Role.INSTRUCTOR), PASSWORD)
			.block();
		this.phone = PhoneBrowser.startLoggingConsole("browser-profile-journey-phone");
		this.desk = PhoneBrowser.start("browser-profile-journey-desk", DESK_WIDTH, 900, true);
	}

	@AfterEach
	void stopBrowsers() {
		for (ChromeDriver browser : new ChromeDriver[] { this.phone, this.desk }) {
			if (browser != null) {
				browser.quit();
			}
		}
	}

	@Test
	void anArtisanIsTestedApprovedCardedVerifiedAndSuspended() throws Exception {
		String name = "Tsewang Chorol " + Long.toString(System.nanoTime(), 36);
		String mobile = "9" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));

		// 1. The applicant fills the form on a phone and gets a reference.
		String reference = apply(name, mobile);

		// 2. The officer finds the application in the queue and schedules the test.
		signIn(this.desk, this.officerLogin, PASSWORD, "/staff/dashboard");
		// The officer's home counts the waiting applications; its tile opens the queue.
		visible(this.desk, By.cssSelector("#kpi-awaiting-test a")).click();
		new WebDriverWait(this.desk, Duration.ofSeconds(10))
			.until((driver) -> URI.create(driver.getCurrentUrl()).getPath().equals("/staff"));
		screenshot(this.desk, "journey-03-officer-queue.png");
		openFromQueue("awaiting", name);
		assertThat(text(this.desk, By.tagName("main"))).contains(reference, "Received, waiting for a test date");
		// The test is today: marks are taken from its day on.
		LocalDate testDay = LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"));
		typeDate(this.desk, By.id("date"), testDay);
		type(this.desk, By.id("place"), "District Handicrafts Centre, Leh");
		new Select(this.desk.findElement(By.id("instructorId"))).selectByVisibleText(this.instructorName);
		submit(this.desk, "form[action$='/schedule']");
		waitForText(this.desk, "The test is scheduled.");
		screenshot(this.desk, "journey-04-scheduled.png");
		signOut(this.desk);

		// 3. The instructor records passing marks.
		signIn(this.desk, this.instructorLogin, PASSWORD, "/staff/dashboard");
		this.desk.get(BASE + "/staff");
		openFromQueue("to-record", name);
		for (String criterion : List.of("technique", "finish", "design", "speed")) {
			type(this.desk, By.id(criterion), "8");
		}
		type(this.desk, By.id("remarks"), "Even stitches, clean finish.");
		screenshot(this.desk, "journey-05-marks.png");
		submit(this.desk, "form[action$='/marks']");
		waitForText(this.desk, "The marks are recorded.");
		assertThat(text(this.desk, By.tagName("main"))).contains("Test passed");
		signOut(this.desk);

		// 4. The officer approves and reads the artisan's first sign-in from the page.
		signIn(this.desk, this.officerLogin, PASSWORD, "/staff/dashboard");
		this.desk.get(BASE + "/staff");
		openFromQueue("pending", name);
		submit(this.desk, "form[action$='/approve']");
		String login = visible(this.desk, By.id("issued-login")).getText().strip();
		assertNoProblemShown(this.desk);
		assertThat(text(this.desk, By.tagName("main"))).as("the audit trail lists the actions")
			.contains("Practical test scheduled", "Practical test passed", "Application approved")
			.doesNotContain("No staff actions yet.");
		String password = visible(this.desk, By.id("issued-password")).getText().strip();
		assertThat(login).isEqualTo(mobile);
		assertThat(password).isNotBlank();
		WebElement numberLink = this.desk.findElement(By.cssSelector("a[href^='/staff/sellers/']"));
		String number = numberLink.getText().strip();
		String sellerPath = URI.create(numberLink.getDomProperty("href")).getPath();
		assertThat(number).matches("LEH/HC/\\d{4}/\\d{4}");
		screenshot(this.desk, "journey-06-approved.png");

		// 5. The artisan signs in on the phone (after one slip of the finger), lands on
		// their page and gets the card.
		this.phone.get(BASE + "/login");
		type(this.phone, By.id("login-username"), login);
		type(this.phone, By.id("login-password"), password + "x");
		submit(this.phone, "form[action='/login']");
		assertThat(text(this.phone, By.cssSelector(".alert--error"))).contains("is not right");
		screenshot(this.phone, "journey-07-login-failed.png");
		// The password was a one-time one, read out by the officer: the artisan
		// chooses their own before anything else opens.
		signIn(this.phone, login, password, "/account/password");
		assertThat(text(this.phone, By.tagName("main"))).contains("one-time password");
		assertFitsThePhone();
		type(this.phone, By.id("password-current"), password);
		type(this.phone, By.id("password-new"), "Saboo-Apricot-7321");
		type(this.phone, By.id("password-confirm"), "Saboo-Apricot-7321");
		submit(this.phone, "form[action='/account/password']");
		new WebDriverWait(this.phone, Duration.ofSeconds(15))
			.until((driver) -> URI.create(driver.getCurrentUrl()).getPath().equals("/account"));
		assertThat(text(this.phone, By.cssSelector(".alert--success"))).contains("new password is saved");
		this.phone.get(BASE + "/seller");
		assertThat(text(this.phone, By.id("seller-name"))).isEqualTo(name);
		assertThat(text(this.phone, By.id("seller-number"))).isEqualTo(number);
		assertThat(text(this.phone, By.id("seller-status"))).isEqualTo("Active");
		assertFitsThePhone();
		screenshot(this.phone, "journey-07-seller-home.png");
		String cardUrl = visible(this.phone, By.id("download-id-card")).getDomProperty("href");
		byte[] pdf = fetchWithBrowserSession(this.phone, cardUrl);
		String verificationUrl = verificationUrlOnCard(pdf);
		assertThat(verificationUrl).isEqualTo(BASE + "/verify/" + number);

		// 6. The QR code's address shows the registration as active.
		this.phone.get(verificationUrl);
		visible(this.phone, By.cssSelector(".verification--active"));
		assertThat(text(this.phone, By.cssSelector(".verification__status"))).isEqualTo("Active registration");
		assertThat(text(this.phone, By.id("verification-name"))).isEqualTo(name);
		assertFitsThePhone();
		screenshot(this.phone, "journey-09-verify-active.png");

		// 7. The officer suspends the seller with a reason; the card now verifies as
		// suspended.
		this.desk.get(BASE + "/staff/sellers");
		type(this.desk, By.id("q"), number);
		submit(this.desk, "form[action='/staff/sellers']");
		visible(this.desk, By.linkText(name)).click();
		new WebDriverWait(this.desk, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(sellerPath));
		type(this.desk, By.id("reason"), "Selling machine-made goods as handmade");
		submit(this.desk, "form[action$='/suspend']");
		waitForText(this.desk, "The seller is suspended.");
		screenshot(this.desk, "journey-10-suspended.png");

		this.phone.get(verificationUrl);
		visible(this.phone, By.cssSelector(".verification--inactive"));
		assertThat(text(this.phone, By.cssSelector(".verification__status"))).isEqualTo("Suspended");
		screenshot(this.phone, "journey-11-verify-suspended.png");

		// The verification page in Hindi, once.
		this.phone.findElement(By.cssSelector("a[hreflang='hi']")).click();
		new WebDriverWait(this.phone, Duration.ofSeconds(10))
			.until((driver) -> "hi".equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
		assertThat(text(this.phone, By.tagName("h1"))).isEqualTo("पंजीकरण कार्ड का सत्यापन");
		assertThat(text(this.phone, By.cssSelector(".verification__status"))).isEqualTo("निलंबित");
		assertFitsThePhone();
		screenshot(this.phone, "journey-12-verify-suspended-hi.png");

		// The suspended artisan's own page says why there is no card now.
		this.phone.get(BASE + "/seller?lang=en");
		assertThat(text(this.phone, By.id("seller-status"))).isEqualTo("Suspended");
		assertThat(this.phone.findElements(By.id("download-id-card"))).isEmpty();
		assertThat(text(this.phone, By.id("no-id-card"))).contains("suspended or has expired");
		screenshot(this.phone, "journey-13-seller-home-suspended.png");

		assertThat(consoleErrors(this.phone)).as("console errors on the phone, such as CSP violations").isEmpty();
	}

	private String apply(String name, String mobile) throws IOException {
		this.phone.get(BASE + "/register/artisan");
		assertNoProblemShown(this.phone);
		type(this.phone, By.id("name"), name);
		type(this.phone, By.id("parentage"), "Sonam Tsering");
		typeDate(this.phone, By.id("dateOfBirth"), LocalDate.of(1988, 3, 15));
		new Select(this.phone.findElement(By.id("gender"))).selectByValue("FEMALE");
		type(this.phone, By.id("mobile"), mobile);
		new Select(this.phone.findElement(By.id("district"))).selectByValue("LEH");
		type(this.phone, By.id("block"), "Leh");
		type(this.phone, By.id("village"), "Phyang");
		type(this.phone, By.id("pinCode"), "194101");
		this.phone.findElement(By.cssSelector("input[name='crafts'][value='" + CRAFT + "']")).click();
		type(this.phone, By.id("yearsOfPractice"), "9");
		this.phone.findElement(By.id("photo")).sendKeys(portrait().toString());
		this.phone.findElement(By.cssSelector("input[name='consent']")).click();
		assertFitsThePhone();
		screenshot(this.phone, "journey-01-apply.png");
		submit(this.phone, "form[action='/register/artisan']");
		waitForText(this.phone, "Application received");
		String reference = text(this.phone, By.cssSelector("main strong"));
		assertThat(reference).isNotBlank();
		assertFitsThePhone();
		screenshot(this.phone, "journey-02-reference.png");
		return reference;
	}

	/** Downloads the card, renders both pages and reads the QR code on the back. */
	private String verificationUrlOnCard(byte[] pdf) throws IOException, ReaderException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("front and back").isEqualTo(2);
			PDFRenderer renderer = new PDFRenderer(document);
			BufferedImage front = renderer.renderImageWithDPI(0, 300, ImageType.RGB);
			BufferedImage back = renderer.renderImageWithDPI(1, 300, ImageType.RGB);
			Files.createDirectories(SCREENSHOTS);
			ImageIO.write(front, "png", SCREENSHOTS.resolve("journey-08-card-front.png").toFile());
			ImageIO.write(back, "png", SCREENSHOTS.resolve("journey-08-card-back.png").toFile());
			assertThat(inkedShare(front)).as("share of the front that is not white").isGreaterThan(0.05);
			assertThat(inkedShare(back)).as("share of the back that is not white").isGreaterThan(0.05);
			Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
			hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
			Result qr = new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(back))), hints);
			return qr.getText();
		}
	}

	private static double inkedShare(BufferedImage image) {
		long inked = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int darkest = Math.min((rgb >> 16) & 0xFF, Math.min((rgb >> 8) & 0xFF, rgb & 0xFF));
				if (darkest < 230) {
					inked++;
				}
			}
		}
		return (double) inked / ((long) image.getWidth() * image.getHeight());
	}

	/**
	 * Headless Chromium's downloads are awkward to wait for; the same request with the
	 * browser's own cookies is what a click would send.
	 */
	private static byte[] fetchWithBrowserSession(ChromeDriver browser, String url)
			throws IOException, InterruptedException {
		String cookies = browser.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
		return response.body();
	}

	private void signIn(ChromeDriver browser, String login, String password, String landing) {
		browser.get(BASE + "/login");
		assertNoProblemShown(browser);
		type(browser, By.id("login-username"), login);
		type(browser, By.id("login-password"), password);
		submit(browser, "form[action='/login']");
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until((driver) -> URI.create(driver.getCurrentUrl()).getPath().equals(landing));
	}

	private void signOut(ChromeDriver browser) {
		browser.get(BASE + "/account");
		submit(browser, "form[action='/logout']");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?signedOut"));
		assertThat(text(browser, By.cssSelector(".alert"))).contains("signed out");
	}

	/** Opens the application from one of the staff console's queues. */
	private void openFromQueue(String queueHeadingId, String applicantName) {
		WebElement section = visible(this.desk, By.xpath("//section[@aria-labelledby='" + queueHeadingId + "']"));
		section.findElement(By.partialLinkText(applicantName)).click();
		new WebDriverWait(this.desk, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlMatches("/staff/applications/[^/?]+"));
		visible(this.desk, By.tagName("h1"));
	}

	/** No error banner on a page where nothing went wrong. */
	private static void assertNoProblemShown(ChromeDriver browser) {
		visible(browser, By.tagName("h1"));
		assertThat(browser.findElements(By.cssSelector(".alert--error")))
			.as("error alerts on %s", browser.getCurrentUrl())
			.isEmpty();
	}

	private static void type(ChromeDriver browser, By field, String text) {
		WebElement element = visible(browser, field);
		element.clear();
		element.sendKeys(text);
	}

	/**
	 * Types a date the way a person does into Chromium's date field (month, day, year in
	 * an English browser), then checks the field holds it.
	 */
	private static void typeDate(ChromeDriver browser, By field, LocalDate date) {
		WebElement element = visible(browser, field);
		element.sendKeys(String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
		assertThat(element.getDomProperty("value")).as("the date field's value").isEqualTo(date.toString());
	}

	private static void submit(ChromeDriver browser, String formSelector) {
		WebElement form = visible(browser, By.cssSelector(formSelector));
		form.findElement(By.cssSelector("button[type='submit']")).click();
		PhoneBrowser.waitUntilGone(browser, form, Duration.ofSeconds(15));
	}

	private static void waitForText(ChromeDriver browser, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
	}

	private static WebElement visible(ChromeDriver browser, By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private static String text(ChromeDriver browser, By locator) {
		return visible(browser, locator).getText().strip();
	}

	private void assertFitsThePhone() {
		JavascriptExecutor script = this.phone;
		Number scrollWidth = (Number) script.executeScript("return document.documentElement.scrollWidth");
		Number innerWidth = (Number) script.executeScript("return window.innerWidth");
		assertThat(innerWidth.intValue()).as("the browser window is as narrow as a phone").isEqualTo(PHONE_WIDTH);
		assertThat(scrollWidth.intValue())
			.as("page width of %s at %d px (no sideways scrolling)", this.phone.getCurrentUrl(), PHONE_WIDTH)
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}

	private static List<LogEntry> consoleErrors(ChromeDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
	}

	/** A small real JPEG: a face-like shape on a plain background. */
	private static Path portrait() throws IOException {
		BufferedImage image = new BufferedImage(240, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setColor(new Color(0xDD, 0xE6, 0xEE));
			graphics.fillRect(0, 0, 240, 300);
			graphics.setColor(new Color(0x8A, 0x5A, 0x3C));
			graphics.fillOval(70, 50, 100, 125);
			graphics.setColor(new Color(0x7A, 0x1F, 0x2B));
			graphics.fillRoundRect(30, 190, 180, 140, 60, 60);
		}
		finally {
			graphics.dispose();
		}
		Path file = Files.createDirectories(Path.of("target", "journey")).resolve("portrait.jpg").toAbsolutePath();
		ImageIO.write(image, "jpg", file.toFile());
		return file;
	}

	/**
	 * A full-length screenshot: the window grows to the page's height, then shrinks back.
	 */
	private static void screenshot(ChromeDriver browser, String name) throws IOException {
		Dimension size = browser.manage().window().getSize();
		JavascriptExecutor script = browser;
		Number height = (Number) script
			.executeScript("return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight");
		browser.manage().window().setSize(new Dimension(size.getWidth(), Math.min(height.intValue(), 8000)));
		File shot = browser.getScreenshotAs(OutputType.FILE);
		Files.createDirectories(SCREENSHOTS);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
		browser.manage().window().setSize(size);
	}

}
