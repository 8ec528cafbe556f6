package ladakh.crafts.marketplace.stalls.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.stalls.StallFixtures;
import ladakh.crafts.marketplace.testsupport.BrowserSignIn;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.PageInspection;
import ladakh.crafts.marketplace.testsupport.PhoneBrowser;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seller at their stall on a 360 px phone: moves pieces to the stall, loses the network
 * (Chromium's offline mode, set through chromedriver), sells one piece, which waits on
 * the phone; the page opens again from the service worker's copy; back online, the sale
 * is sent and counted once, with one ledger line.
 */
@WebIntegrationTest
class StallSalesOfflineInBrowserTests extends MongoBackedTest {

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	private ChromeDriver browser;

	private StallFixtures fixtures;

	private String seller;

	private String login;

	private String fair;

	private String listing;

	@BeforeEach
	void sellerWithAStallAndABrowser() throws IOException {
		PhoneBrowser.requireChromium();
		this.fixtures = new StallFixtures(this.mongo);
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.seller = "art-pos-" + run;
		this.login = "stall-" + run + "@example.in";
		new SellerFixtures(this.mongo).artisan(this.seller, "Tsering Yangdol " + run, null, "ACTIVE",
				LocalDate.now().plusYears(2));
		new BrowserSignIn(this.mongo, this.encoder).account("usr-pos-" + run, this.login, "Tsering Yangdol", "SELLER",
				this.seller);
		this.fair = this.fixtures.exhibitionOnNow();
		this.fixtures.stall(this.fair, "C-7", this.seller);
		this.listing = this.fixtures.listing(this.seller, 3);
		this.mongo.getCollection("listings")
			.flatMap((listings) -> reactor.core.publisher.Mono.from(listings.updateOne(
					com.mongodb.client.model.Filters.eq("_id", this.listing),
					com.mongodb.client.model.Updates.set("title",
							new Document("en", "Pashmina stole with paisley border").append("hi", "पश्मीना स्टोल")))))
			.block();
		this.browser = PhoneBrowser.start("browser-profile-stall-sales");
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aPieceSoldOfflineIsCountedOnceWhenThePhoneIsBackOnline() {
		String base = "http://127.0.0.1:" + this.port;
		BrowserSignIn.signIn(this.browser, base, this.login);
		assertThat(this.browser.getCurrentUrl()).isEqualTo(base + "/seller");
		StallPhone phone = new StallPhone(this.browser, base);
		phone.openStall(this.fair);

		phone.moveToStall(this.listing, 2);
		assertThat(this.fixtures.atStall(this.listing, this.fair)).isEqualTo(2);
		assertThat(this.fixtures.online(this.listing)).isEqualTo(1);
		phone.assertFitsTheScreen();

		phone.network(false);
		phone.sellOne(this.listing);
		assertThat(this.fixtures.sales(this.seller)).isZero();

		// Offline, the page opens again from the phone, the sale still waiting.
		phone.reload("waiting to send");
		assertThat(this.fixtures.sales(this.seller)).isZero();

		phone.network(true);
		phone.awaitCounted();
		assertThat(this.fixtures.sales(this.seller)).isEqualTo(1);
		assertThat(this.fixtures.ledgerLines(this.seller)).singleElement()
			.satisfies((line) -> assertThat(line.getString("channel")).isEqualTo("STALL"));
		assertThat(this.fixtures.atStall(this.listing, this.fair)).isEqualTo(1);

		// Loading the page again sends nothing twice.
		phone.reload("counted.");
		this.browser.findElement(By.cssSelector("#sale-queue a")).click();
		phone.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("receipt")));
		assertThat(this.browser.findElement(By.id("receipt-total")).getText()).isEqualTo("Total ₹1,000");
		assertThat(this.fixtures.sales(this.seller)).isEqualTo(1);
		assertThat(this.fixtures.ledgerLines(this.seller)).hasSize(1);

		// The point of sale with its receipt passes the walk's checks (axe, no codes or
		// ids, no sideways scrolling) in English and Hindi.
		PageInspection inspection = new PageInspection(Set.of(ListingFixtures.CRAFT));
		assertThat(inspection.problems(this.browser)).as("en").isEmpty();
		this.browser.get(this.browser.getCurrentUrl() + "&lang=hi");
		phone.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("receipt")));
		assertThat(inspection.problems(this.browser)).as("hi").isEmpty();
	}

}
