package ladakh.crafts.marketplace.search.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product, craft and shop pages and the public listing API over real HTTP, against
 * MongoDB; and the search edge's refusals as a real client sends them (invalid UTF-8 and
 * a 10,000-character query pass through Netty before any handler sees them).
 */
@WebIntegrationTest
class StorefrontPagesTests extends MongoBackedTest {

	@LocalServerPort
	int port;

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private StorefrontFixtures catalogue;

	private String artisan;

	private String centre;

	private String listing;

	private String craft;

	@BeforeEach
	void seed() {
		this.catalogue = new StorefrontFixtures(this.mongo);
		this.craft = "thangka-painting";
		this.artisan = this.catalogue.id("art-sf");
		this.centre = this.catalogue.id("tc-sf");
		this.catalogue.craft(this.craft, "Thangka painting", "थंका चित्रकला")
			.seller(this.artisan, "ARTISAN", "Sonam Dolma", "LEH/HC/2025/0931", "ACTIVE", LocalDate.now().plusYears(2))
			.seller(this.centre, "TRAINING_CENTRE", "Government Training Centre Nyoma", "LEH/TC/07", "ACTIVE", null);
		this.listing = this.catalogue.id("lst-sf");
		Document stored = this.catalogue.listing(this.listing, this.artisan, this.craft, "Green Tara thangka",
				"हरित तारा थंका", 4_500_000L, "PUBLISHED", Instant.now());
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(stored.getString("_id"))),
				new Update()
					.set("giTag", new Document("name", "Ladakh Thangka").append("authorisedUserNumber", "GI-AU-0042"))
					.set("careNotes", new Document("en", "Keep away from damp.").append("hi", "नमी से दूर रखें।"))
					.set("dimensions", "60 × 40 cm"),
				"listings")
			.block();
	}

	@Test
	void theProductPageShowsGalleryPriceStockGiAndTheVerifiedMaker() {
		String html = page("/listings/" + this.listing, 200);

		assertThat(html)
			.contains("Green Tara thangka", "₹45,000", "2 pieces in stock", "GI: Ladakh Thangka", "GI-AU-0042",
					"Keep away from damp.", "60 × 40 cm", "cotton, mineral pigments")
			.contains("src=\"/media/photo-" + this.listing + "-1\"", "src=\"/media/thumb-" + this.listing + "-2\"")
			.contains("Sonam Dolma", "LEH/HC/2025/0931", "href=\"/verify/LEH/HC/2025/0931\"",
					"Registered artisan: verify", "href=\"/sellers/" + this.artisan + "\"",
					"href=\"/crafts/thangka-painting\"")
			.doesNotContain("9876500000", "Meet the maker", "Made by trainees")
			.doesNotContain("style=\"")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=)");
	}

	@Test
	void theProductPageSpeaksHindi() {
		assertThat(page("/listings/" + this.listing + "?lang=hi", 200)).contains("<html lang=\"hi\"", "हरित तारा थंका",
				"स्टॉक में 2 नग", "नमी से दूर रखें।", "पंजीकृत कारीगर: सत्यापित करें", "थंका चित्रकला");
	}

	@Test
	void aDescriptionWithoutHindiIsShownInEnglishWithANoteAndTheMakersHindiWhenThereIsOne() {
		describe(new Document("en", "Painted by hand in Leh."));
		assertThat(page("/listings/" + this.listing + "?lang=hi", 200)).contains("Painted by hand in Leh.",
				"निर्माता ने यह विवरण केवल अंग्रेज़ी में लिखा है।");
		assertThat(page("/listings/" + this.listing, 200)).contains("Painted by hand in Leh.")
			.doesNotContain("in English only");

		describe(new Document("en", "Painted by hand in Leh.").append("hi", "लेह में हाथ से चित्रित।"));
		assertThat(page("/listings/" + this.listing + "?lang=hi", 200)).contains("लेह में हाथ से चित्रित।")
			.doesNotContain("Painted by hand in Leh.", "केवल अंग्रेज़ी में");
	}

	private void describe(Document description) {
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(this.listing)),
					new Update().set("description", description), "listings")
			.block();
	}

	@Test
	void aCentresProductSaysItWasMadeByItsTraineesAndMadeToOrderShowsTheLeadTime() {
		String id = this.catalogue.id("lst-sf-tc");
		this.catalogue.listing(id, this.centre, this.craft, "Trainee thangka", null, 900_000L, "PUBLISHED",
				Instant.now());
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)),
					new Update().set("madeToOrder", true).set("stock", 0).set("leadTimeDays", 30), "listings")
			.block();

		assertThat(page("/listings/" + id, 200))
			.contains("Made by trainees of Government Training Centre Nyoma.", "Made to order: ready in about 30 days.",
					"Department-registered")
			.doesNotContain("href=\"/verify/");
	}

	@Test
	void meetTheMakerAppearsOnlyWithAStallAllocation() {
		String exhibition = this.catalogue.id("ladakh-festival");
		String nextMonth = LocalDate.now().plusMonths(1).toString();
		this.catalogue.insert("exhibitions",
				new Document("_id", exhibition)
					.append("name", new Document("en", "Ladakh Festival").append("hi", "लद्दाख महोत्सव"))
					.append("place", "Polo Ground, Leh")
					.append("startsOn", nextMonth)
					.append("endsOn", nextMonth));
		this.catalogue.insert("stall_allocations",
				new Document("_id", this.catalogue.id("alloc")).append("sellerId", this.artisan)
					.append("exhibitionId", exhibition)
					.append("stallNumber", "A-12"));

		assertThat(page("/listings/" + this.listing, 200)).contains("Meet the maker", "Ladakh Festival",
				"Stall A-12, Polo Ground, Leh");
	}

	@Test
	void aSoldOutListingIsShownAsSoldOut() {
		String id = this.catalogue.id("lst-sf-sold");
		this.catalogue.listing(id, this.artisan, this.craft, "Sold thangka", null, 900_000L, "SOLD_OUT", Instant.now());
		assertThat(page("/listings/" + id, 200)).contains("Sold out for now.");
	}

	@Test
	void hiddenAndUnknownListingsAre404() {
		String draft = this.catalogue.id("lst-sf-draft");
		String removed = this.catalogue.id("lst-sf-removed");
		String suspendedSellers = this.catalogue.id("lst-sf-suspended");
		String suspended = this.catalogue.id("art-sf-suspended");
		this.catalogue.seller(suspended, "ARTISAN", "Suspended Maker", "LEH/HC/2025/0999", "SUSPENDED",
				LocalDate.now().plusYears(1));
		this.catalogue.listing(draft, this.artisan, this.craft, "Draft", null, 100L, "DRAFT", Instant.now());
		this.catalogue.listing(removed, this.artisan, this.craft, "Removed", null, 100L, "REMOVED", Instant.now());
		this.catalogue.listing(suspendedSellers, suspended, this.craft, "Suspended", null, 100L, "PUBLISHED",
				Instant.now());
		for (String id : List.of(draft, removed, suspendedSellers, "lst-no-such-" + this.catalogue.run)) {
			assertThat(page("/listings/" + id, 404)).contains("Page not found");
			this.http.get()
				.uri("/api/v1/listings/" + id)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void theListingApiAnswersTheFullPublicListing() {
		this.http.get()
			.uri("/api/v1/listings/" + this.listing)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(this.listing)
			.jsonPath("$.title.en")
			.isEqualTo("Green Tara thangka")
			.jsonPath("$.title.hi")
			.isEqualTo("हरित तारा थंका")
			.jsonPath("$.price.amountMinor")
			.isEqualTo(4_500_000)
			.jsonPath("$.price.currency")
			.isEqualTo("INR")
			.jsonPath("$.status")
			.isEqualTo("PUBLISHED")
			.jsonPath("$.photos[1].url")
			.isEqualTo("/media/photo-" + this.listing + "-2")
			.jsonPath("$.gi.name")
			.isEqualTo("Ladakh Thangka")
			.jsonPath("$.careNotes.en")
			.isEqualTo("Keep away from damp.")
			.jsonPath("$.seller.id")
			.isEqualTo(this.artisan)
			.jsonPath("$.seller.registrationNumber")
			.isEqualTo("LEH/HC/2025/0931")
			.jsonPath("$.seller.registrationStatus")
			.isEqualTo("ACTIVE")
			.jsonPath("$.seller.verified")
			.isEqualTo(true)
			.jsonPath("$.seller.verificationUrl")
			.isEqualTo("/verify/LEH/HC/2025/0931")
			.jsonPath("$.seller.mobile")
			.doesNotExist()
			.jsonPath("$.stalls")
			.isArray();
	}

	@Test
	void theCraftPageExplainsTheCraftInEnglishAndHindi() {
		assertThat(page("/crafts/" + this.craft, 200)).contains("<h1>Thangka painting</h1>",
				"A thangka (also written thanka or tangka) is a Buddhist scroll painting");
		assertThat(page("/crafts/" + this.craft + "?lang=hi", 200)).contains("<h1>थंका चित्रकला</h1>",
				"थंका (थांका या तंगका भी) एक बौद्ध पट-चित्र है");
		assertThat(page("/crafts/no-such-craft-" + this.catalogue.run, 404)).contains("Page not found");
	}

	@Test
	void theShopPageShowsTheSellersPublicListingsFromTheShelf() {
		String sold = this.catalogue.id("lst-sf-shop-sold");
		String draft = this.catalogue.id("lst-sf-shop-draft");
		this.catalogue.listing(sold, this.artisan, this.craft, "Sold-out shop thangka", null, 100_000L, "SOLD_OUT",
				Instant.now());
		this.catalogue.listing(draft, this.artisan, this.craft, "Draft shop thangka", null, 100_000L, "DRAFT",
				Instant.now());
		this.catalogue.awaitIndexed(Query.query(Criteria.where("sellerId").is(this.artisan)));

		assertThat(page("/sellers/" + this.artisan, 200))
			.contains("Green Tara thangka", "Sold-out shop thangka", "href=\"/listings/" + this.listing + "\"",
					"src=\"/media/thumb-" + this.listing + "-1\"")
			.doesNotContain("Draft shop thangka");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/search?q=%C3%28", "/api/v1/search?q=%FF", "/api/v1/search?craft=%FF",
			"/api/v1/suggest?q=%C3%28", "/api/v1/suggest?q=%FF" })
	void invalidUtf8OverRealHttpIsA400ProblemDetail(String path) throws Exception {
		HttpResponse<String> response = send(path, "application/json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("not valid text");
	}

	@Test
	void invalidUtf8OnTheSearchPageOverRealHttpIsA400Page() throws Exception {
		HttpResponse<String> response = send("/search?q=%C3%28", "text/html");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("not valid text", "name=\"q\"");
	}

	@Test
	void aTenThousandCharacterQueryOverRealHttpIsA400WithTheLimit() throws Exception {
		HttpResponse<String> response = send("/api/v1/search?q=" + "a".repeat(10_000), "application/json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("at most 200 characters");
		assertThat(send("/search?q=" + "a".repeat(10_000), "text/html").statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> send(String path, String accept) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", accept)
			.GET()
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private String page(String uri, int status) {
		return this.http.get()
			.uri(uri)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
