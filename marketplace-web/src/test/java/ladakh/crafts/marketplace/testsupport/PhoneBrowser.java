package ladakh.crafts.marketplace.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.fail;

/**
 * The headless Chromium that the browser tests ({@code *InBrowserTests}) drive, started
 * the same way for all of them: quiet, without a sandbox or a GPU, in a profile directory
 * of the test's own under {@code target/}, and as narrow as a basic smartphone unless the
 * test asks for a wider desk. One place for the flags, so the tests cannot drift apart.
 */
public final class PhoneBrowser {

	/** The width of a basic smartphone's screen, in CSS pixels. */
	public static final int PHONE_WIDTH = 360;

	private static final int PHONE_HEIGHT = 800;

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private PhoneBrowser() {
	}

	/**
	 * Fails the test, saying how to install them, when Chromium or chromedriver is
	 * missing.
	 */
	public static void requireChromium() {
		if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
			fail("Chromium and chromedriver are needed at /usr/bin: run `apt-get install -y chromium chromium-driver`");
		}
	}

	/**
	 * A phone-sized browser (360 x 800).
	 * @param profileDirectory the profile's directory under {@code target/}, one per test
	 * class
	 */
	public static ChromeDriver start(String profileDirectory) throws IOException {
		return start(profileDirectory, PHONE_WIDTH, PHONE_HEIGHT, false);
	}

	/**
	 * A phone-sized browser (360 x 800) that keeps its console messages, for a test that
	 * reads them ({@code manage().logs().get(LogType.BROWSER)}).
	 * @param profileDirectory the profile's directory under {@code target/}, one per test
	 * class
	 */
	public static ChromeDriver startLoggingConsole(String profileDirectory) throws IOException {
		return start(profileDirectory, PHONE_WIDTH, PHONE_HEIGHT, true);
	}

	/**
	 * A browser with a window of the given size.
	 * @param profileDirectory the profile's directory under {@code target/}, one per
	 * browser
	 * @param width the window's width in CSS pixels
	 * @param height the window's height in CSS pixels
	 * @param logConsole whether the browser keeps its console messages (all levels) for
	 * the test to read
	 */
	public static ChromeDriver start(String profileDirectory, int width, int height, boolean logConsole)
			throws IOException {
		// A fresh profile each run: a profile kept from an earlier run remembers its
		// language, cookies and service workers, and the page would not start as a new
		// phone's does.
		Path profile = Path.of("target", profileDirectory).toAbsolutePath();
		if (Files.exists(profile)) {
			try (java.util.stream.Stream<Path> paths = Files.walk(profile)) {
				for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
		Files.createDirectories(profile);
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--user-data-dir=" + profile, "--window-size=" + width + "," + height);
		if (logConsole) {
			LoggingPreferences logging = new LoggingPreferences();
			logging.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logging);
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().window().setSize(new Dimension(width, height));
		return browser;
	}

	/**
	 * Waits until the page that held this element is gone (a click or a submit loaded
	 * another). Chromium sometimes reports a node of the unloaded page as "not belonging
	 * to the document" instead of stale; both mean the page changed.
	 */
	public static void waitUntilGone(ChromeDriver browser, WebElement element, Duration patience) {
		new WebDriverWait(browser, patience).until((driver) -> gone(element));
	}

	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

}
