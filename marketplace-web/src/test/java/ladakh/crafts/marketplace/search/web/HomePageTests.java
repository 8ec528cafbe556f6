package ladakh.crafts.marketplace.search.web;

import java.time.Instant;
import java.time.LocalDate;

import ladakh.crafts.marketplace.testsupport.Seed;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page. Its listings and product count come from the catalog index: what a test
 * seeds in MongoDB is handed to the sync and indexed before the page is read.
 */
@WebIntegrationTest
class HomePageTests extends OwnCatalogueTest {

	@Autowired
	WebTestClient client;

	@Autowired
	ReactiveMongoTemplate mongo;

	@BeforeEach
	void seed() {
		String nextMonth = LocalDate.now().plusMonths(1).toString();
		String lastYear = LocalDate.now().minusYears(1).toString();
		clearEverywhere(this.mongo).craft("wood-carving", "Wood carving", "काष्ठ नक्काशी", 2)
			.craft("pashmina-weaving", "Pashmina weaving", "पश्मीना बुनाई", 1)
			.seller("art-0001", "ARTISAN", "Tsering Dolma")
			.seller("shg-0001", "SHG", "Chuchot Women SHG")
			.seller("tc-0001", "TRAINING_CENTRE", "Government Training Centre Leh")
			.listing("lst-00001", "art-0001", "Pashmina shawl", "पश्मीना शॉल", 12_000_000L, "thumb-lst-00001-1",
					Instant.parse("2026-01-01T00:00:00Z"))
			.listing("lst-00002", "shg-0001", "Filigree earrings", null, 249_950L, null,
					Instant.parse("2026-02-01T00:00:00Z"))
			.draft("lst-00003", "art-0001", "Unfinished thangka")
			.exhibition("ladakh-festival", "Ladakh Festival", "लद्दाख महोत्सव", nextMonth, nextMonth)
			.exhibition("old-fair", "Last year's fair", "पिछले वर्ष का मेला", lastYear, lastYear);
		indexEverything(this.mongo);
	}

	@Test
	void showsSeededCraftsInSortOrderAndTheLatestPublishedListingsInEnglish() {
		String html = page("/");

		assertThat(html).contains("<html lang=\"en\"").contains("Crafts made by hand in Ladakh");
		assertThat(html.indexOf("Pashmina weaving")).isLessThan(html.indexOf("Wood carving"));
		assertThat(html.indexOf("Filigree earrings")).as("newest first").isLessThan(html.indexOf("Pashmina shawl"));
		assertThat(html).contains("₹1,20,000", "₹2,499.50", "Tsering Dolma", "Chuchot Women SHG")
			.contains("src=\"/media/thumb-lst-00001-1\"")
			.contains("Artisan", "Self-help group", "Registered seller")
			.doesNotContain("Unfinished thangka");
		assertThat(html).contains("Ladakh Festival").doesNotContain("Last year");
	}

	@Test
	void eachCraftLinksToItsOwnPage() {
		assertThat(page("/")).contains("href=\"/crafts/pashmina-weaving\"", "href=\"/crafts/wood-carving\"");
	}

	@Test
	void showsNoProductsOfASuspendedSeller() {
		new Seed(this.mongo).seller("art-0099", "ARTISAN", "Suspended Seller")
			.listing("lst-00099", "art-0099", "Newest but hidden shawl", null, 500_000L, null, Instant.now());
		this.mongo
			.updateFirst(
					org.springframework.data.mongodb.core.query.Query
						.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is("art-0099")),
					org.springframework.data.mongodb.core.query.Update.update("status", "SUSPENDED"), "sellers")
			.block();
		// As the sellers area does on a suspension: the seller's listings go to the sync.
		indexEverything(this.mongo);

		assertThat(page("/")).doesNotContain("Newest but hidden shawl").contains("Filigree earrings");
	}

	@Test
	void showsNoProductsOfASellerWhoseRegistrationRanOutBeforeTheIndexKnows() {
		// The listings stay searchable in the index until they are next indexed.
		this.mongo
			.updateFirst(
					org.springframework.data.mongodb.core.query.Query
						.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is("shg-0001")),
					org.springframework.data.mongodb.core.query.Update.update("validUntil",
							LocalDate.now().minusDays(1).toString()),
					"sellers")
			.block();

		assertThat(page("/")).doesNotContain("Filigree earrings").contains("Pashmina shawl");
	}

	@Test
	void countsActiveSellersOfEachKindAndPublishedListings() {
		String html = page("/");

		assertThat(html).containsPattern("<dt>Artisans</dt><dd>1</dd>")
			.containsPattern("<dt>Self-help groups</dt><dd>1</dd>")
			.containsPattern("<dt>Training centres</dt><dd>1</dd>")
			.containsPattern("<dt>Products</dt><dd>2</dd>");
	}

	@Test
	void speaksHindiWithTheLangParameterAndFallsBackToEnglishTitles() {
		String html = page("/?lang=hi");

		assertThat(html).contains("<html lang=\"hi\"")
			.contains("लद्दाख शिल्प", "लद्दाख में हाथ से बने शिल्प", "पश्मीना बुनाई", "पश्मीना शॉल", "कारीगर")
			.contains("लद्दाख महोत्सव")
			.as("a listing without a Hindi title keeps its English one")
			.contains("Filigree earrings")
			.doesNotContain("Crafts made by hand in Ladakh");
	}

	@Test
	void remembersTheChosenLanguageInACookie() {
		ResponseCookie cookie = this.client.get()
			.uri("/?lang=hi")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseCookies()
			.getFirst("lang");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("hi");
		assertThat(cookie.getMaxAge().toDays()).isGreaterThan(30);

		String html = this.client.get()
			.uri("/")
			.cookie("lang", cookie.getValue())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("<html lang=\"hi\"").contains("लद्दाख में हाथ से बने शिल्प");
	}

	@Test
	void followsAcceptLanguageWhenNothingWasChosenAndDefaultsToEnglish() {
		assertThat(this.client.get()
			.uri("/")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "hi-IN,hi;q=0.9,en;q=0.5")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("<html lang=\"hi\"");
		assertThat(this.client.get()
			.uri("/")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).contains("<html lang=\"en\"");
	}

	@Test
	void showsFriendlyEmptyStatesWhenThereIsNothingToShow() {
		clearEverywhere(this.mongo);

		String html = page("/");

		assertThat(html).contains("The list of crafts will appear here soon.")
			.contains("No products are listed yet.")
			.contains("No exhibitions are announced yet.")
			.containsPattern("<dt>Artisans</dt><dd>0</dd>");
	}

	@Test
	void hasTheLayoutSkipLinkLabelledSearchAndLanguageSwitch() {
		String html = page("/");

		assertThat(html).contains("<a class=\"skip-link\" href=\"#main\"")
			.contains("<main id=\"main\"")
			.contains("<label class=\"visually-hidden\" for=\"site-search-q\">Search crafts</label>")
			.contains("action=\"/search\"")
			.contains("href=\"?lang=hi\"")
			.contains("aria-current=\"true\">English</a>")
			.as("scripts only from files (the CSP allows no inline script)")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=\"/js/)")
			.contains("<script src=\"/js/autocomplete.js\" defer>")
			.contains("data-suggest=\"/api/v1/suggest\"")
			.doesNotContain("style=\"");
	}

	private String page(String uri) {
		return this.client.get()
			.uri(uri)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
