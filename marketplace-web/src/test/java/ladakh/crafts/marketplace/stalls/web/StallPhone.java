package ladakh.crafts.marketplace.stalls.web;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static ladakh.crafts.marketplace.testsupport.PhoneBrowser.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in seller's phone at their stall: the point of sale as the browser tests drive
 * it, with the network cut and restored through Chromium's offline mode.
 */
final class StallPhone {

	private final ChromeDriver browser;

	private final String base;

	StallPhone(ChromeDriver browser, String base) {
		this.browser = browser;
		this.base = base;
	}

	/**
	 * From the seller's home page to the stall's point of sale, once its service worker
	 * controls the page (so it opens again offline).
	 */
	void openStall(String exhibitionId) {
		this.browser.get(this.base + "/seller");
		this.browser.findElement(By.id("stalls-link")).click();
		waitFor(ExpectedConditions.urlToBe(this.base + "/seller/stalls"));
		this.browser.findElement(By.cssSelector("a[href='/seller/stalls/" + exhibitionId + "']")).click();
		waitFor(ExpectedConditions.urlToBe(this.base + "/seller/stalls/" + exhibitionId));
		waitFor((driver) -> Boolean.TRUE
			.equals(((JavascriptExecutor) driver).executeScript("return navigator.serviceWorker.controller !== null")));
	}

	/** Moves pieces of a listing from online stock to the stall. */
	void moveToStall(String listingId, int pieces) {
		new Select(this.browser.findElement(By.id("move-listing"))).selectByValue(listingId);
		this.browser.findElement(By.id("move-quantity")).clear();
		this.browser.findElement(By.id("move-quantity")).sendKeys(String.valueOf(pieces));
		this.browser.findElement(By.id("move-button")).click();
		waitFor(ExpectedConditions.urlContains("done=toStall"));
	}

	/** Sells one piece (cash) and sees it wait on the phone. */
	void sellOne(String listingId) {
		new Select(this.browser.findElement(By.id("sale-listing"))).selectByValue(listingId);
		this.browser.findElement(By.id("sell-button")).click();
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("sale-queue"), "waiting to send"));
	}

	/** Reloads the page (from the service worker's copy when offline). */
	void reload(String stillShowing) {
		this.browser.navigate().refresh();
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("sale-queue"), stillShowing));
	}

	/**
	 * Waits for the queued sales to be sent and counted (the phone retries every 20 s).
	 */
	void awaitCounted() {
		new WebDriverWait(this.browser, Duration.ofSeconds(60))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sale-queue"), "counted."));
	}

	void network(boolean online) {
		ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
		conditions.setOffline(!online);
		this.browser.setNetworkConditions(conditions);
	}

	void assertFitsTheScreen() {
		Object width = ((JavascriptExecutor) this.browser).executeScript("return document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).isLessThanOrEqualTo(PHONE_WIDTH);
	}

	void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(15)).until(condition);
	}

}
