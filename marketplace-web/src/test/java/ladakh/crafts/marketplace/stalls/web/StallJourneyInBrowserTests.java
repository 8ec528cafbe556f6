package ladakh.crafts.marketplace.stalls.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.exhibitions.StallFees;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.stalls.StallFixtures;
import ladakh.crafts.marketplace.testsupport.BrowserSignIn;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.PhoneBrowser;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import ladakh.crafts.marketplace.treasury.LedgerEntry;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's journey on a 360 px phone: a seller applies for a stall on their page, an
 * officer runs the draw on theirs, the public stall map names the seller, the product
 * page says where to meet the maker, the fee is recorded as paid, and on the exhibition's
 * days the seller moves pieces to the stall, sells one with the network cut (Chromium's
 * offline mode) and, back online, the sale reaches the revenue ledger once. Between the
 * steps the exhibition's days are moved as the calendar would move them: applications
 * close before the draw, and the draw comes before the first day.
 */
@WebIntegrationTest
class StallJourneyInBrowserTests extends MongoBackedTest {

	@LocalServerPort
	int port;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	StallFees fees;

	@Autowired
	RevenueLedger ledger;

	private final LocalDate today = IndiaTime.dayOf(Instant.now());

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String fair = "journey-fair-" + this.run;

	private final String seller = "art-journey-" + this.run;

	private final String sellerName = "Stanzin Journey " + this.run;

	private ChromeDriver browser;

	private StallFixtures fixtures;

	private String sellerLogin;

	private String officerLogin;

	private String listing;

	@BeforeEach
	void aSellerAnOfficerAnExhibitionTakingApplications() throws IOException {
		PhoneBrowser.requireChromium();
		this.fixtures = new StallFixtures(this.mongo);
		new SellerFixtures(this.mongo).craft("thangka-painting", "Thangka painting", "थंका चित्रकला")
			.artisan(this.seller, this.sellerName, null, "ACTIVE", this.today.plusYears(2));
		this.listing = this.fixtures.listing(this.seller, 3);
		BrowserSignIn accounts = new BrowserSignIn(this.mongo, this.encoder);
		this.sellerLogin = accounts.account("usr-journey-s-" + this.run, "journey-seller-" + this.run + "@example.in",
				"Stanzin", "SELLER", this.seller);
		this.officerLogin = accounts.account("usr-journey-o-" + this.run, "journey-officer-" + this.run + "@example.in",
				"Officer Journey", "OFFICER", null);
		this.mongo
			.insert(new Document("_id", this.fair)
				.append("name", new Document("en", "Journey Fair " + this.run).append("hi", "यात्रा मेला " + this.run))
				.append("venue", "Polo Ground")
				.append("place", "Leh")
				.append("district", "LEH")
				.append("stalls", List.of(stall("A-1", 0), stall("A-2", 32)))
				.append("version", 2L), "exhibitions")
			.block();
		// Applications open until tomorrow; the fair is next week.
		days(-5, 1, 2, 3, 6);
		this.browser = PhoneBrowser.start("browser-profile-stall-journey");
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void appliedDrawnMetSoldOfflineAndCountedOnce() {
		String base = "http://127.0.0.1:" + this.port;
		StallPhone phone = new StallPhone(this.browser, base);

		// The seller applies on their exhibitions page.
		BrowserSignIn.signIn(this.browser, base, this.sellerLogin);
		this.browser.get(base + "/seller/exhibitions");
		this.browser.findElement(By.cssSelector("a[href='/seller/exhibitions/" + this.fair + "/apply']")).click();
		this.browser.findElement(By.cssSelector("input[name='crafts']")).click();
		this.browser.findElement(By.cssSelector("input[name='listingIds'][value='" + this.listing + "']")).click();
		new Select(this.browser.findElement(By.id("apply-kind"))).selectByValue("handicraft");
		new Select(this.browser.findElement(By.id("apply-size"))).selectByValue("3x3");
		phone.assertFitsTheScreen();
		this.browser.findElement(By.cssSelector("main form button[type='submit']")).click();
		phone.waitFor(ExpectedConditions.urlContains("done=applied"));
		BrowserSignIn.signOut(this.browser);

		// Applications have closed; the officer runs the draw before the first day.
		days(-6, -1, 0, 1, 4);
		BrowserSignIn.signIn(this.browser, base, this.officerLogin);
		this.browser.get(base + "/staff/exhibitions/" + this.fair + "/draw");
		this.browser.findElement(By.id("draw-value")).sendKeys("Journey headline of the day " + this.run);
		this.browser.findElement(By.cssSelector("main form button[type='submit']")).click();
		phone.waitFor(ExpectedConditions.urlToBe(base + "/exhibitions/" + this.fair + "/draw"));
		BrowserSignIn.signOut(this.browser);
		// The fee is paid at the accounts office by its day (an OFFERED stall does not
		// sell).
		this.fees.recordPayment(SignedIn.accounts(), this.fair, "A-1", this.seller, "RCPT-" + this.run, this.today)
			.block();

		// Anyone sees the seller on the stall map and meets the maker from the product
		// page.
		this.browser.get(base + "/exhibitions/" + this.fair);
		assertThat(this.browser.findElements(By.cssSelector("svg text.stall__seller")))
			.extracting((text) -> text.getText())
			.containsExactly(this.sellerName);
		phone.assertFitsTheScreen();
		this.browser.get(base + "/listings/" + this.listing);
		assertThat(this.browser.findElement(By.tagName("main")).getText())
			.contains("Meet the maker at stall A-1, Journey Fair " + this.run);

		// The fair is on: the seller moves pieces to the stall and sells one offline.
		days(-8, -3, -2, -1, 2);
		BrowserSignIn.signIn(this.browser, base, this.sellerLogin);
		phone.openStall(this.fair);
		phone.moveToStall(this.listing, 2);
		assertThat(this.fixtures.atStall(this.listing, this.fair)).isEqualTo(2);
		phone.network(false);
		phone.sellOne(this.listing);
		assertThat(stallLines()).isEmpty();
		phone.network(true);
		phone.awaitCounted();
		assertThat(stallLines()).singleElement().satisfies((line) -> {
			assertThat(line.exhibitionId()).isEqualTo(this.fair);
			assertThat(line.paymentMode()).isEqualTo("CASH");
			assertThat(line.amount()).isEqualTo(Money.paise(100_000));
		});
		// Loading the page again sends nothing twice.
		phone.reload("counted.");
		assertThat(stallLines()).hasSize(1);
		assertThat(this.fixtures.atStall(this.listing, this.fair)).isEqualTo(1);
	}

	/** The seller's stall-sale lines, read through the treasury's query. */
	private List<LedgerEntry> stallLines() {
		return this.ledger.entriesOf(this.seller)
			.filter((entry) -> LedgerEntry.STALL.equals(entry.channel()))
			.collectList()
			.block();
	}

	/** Sets the call's and the fair's days, counted from today. */
	private void days(int opens, int closes, int feeDue, int starts, int ends) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(this.fair)),
				new Update()
					.set("applications",
							new Document("opensOn", day(opens)).append("closesOn", day(closes))
								.append("feeDueOn", day(feeDue))
								.append("sellerKinds", List.of("ARTISAN"))
								.append("crafts", List.of()))
					.set("startsOn", day(starts))
					.set("endsOn", day(ends)),
				"exhibitions")
			.block();
	}

	private String day(int fromToday) {
		return this.today.plusDays(fromToday).toString();
	}

	private static Document stall(String number, int x) {
		return new Document("number", number).append("kind", "HANDICRAFT")
			.append("widthDm", 30)
			.append("depthDm", 30)
			.append("feeMinor", 50_000L)
			.append("currency", "INR")
			.append("xDm", x)
			.append("yDm", 0)
			.append("reservedFor", null);
	}

}
