package ladakh.crafts.marketplace.exhibitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stalls tied back to the storefront (decision 57), on the in-process MongoDB, the
 * in-process sync and the local Elasticsearch node: an officer's draw marks the placed
 * seller's listings for the index, whose documents then carry the stall, so search finds
 * the makers of an exhibition (API and page, with the filter shown); the product and
 * seller pages say where to meet the maker, with the days in India time in English and
 * Hindi, and the card check lists the artisan's stalls, past and coming.
 */
@WebIntegrationTest
class StallsTieBackTests extends MongoBackedTest {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	StallDraws draws;

	private final LocalDate today = IndiaTime.dayOf(Instant.now());

	private StorefrontFixtures catalogue;

	private String fair;

	private String earlier;

	private String placed;

	private String other;

	private String number;

	@BeforeEach
	void seed() {
		this.catalogue = new StorefrontFixtures(this.mongo);
		String run = this.catalogue.run;
		this.fair = "tieback-fair-" + run;
		this.earlier = "tieback-earlier-" + run;
		this.placed = this.catalogue.id("art-tie-a");
		this.other = this.catalogue.id("art-tie-b");
		this.number = "LEH/HC/2024/" + (1000 + (int) (Math.random() * 8999));
		this.catalogue.craft("thangka-painting", "Thangka painting", "थंका चित्रकला");
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		sellers.artisan(this.placed, "Stall Painter " + run, this.number, "ACTIVE", this.today.plusYears(2));
		sellers.artisan(this.other, "Home Painter " + run, null, "ACTIVE", this.today.plusYears(2));
		this.catalogue.listing(this.catalogue.id("lst-tie-a"), this.placed, "thangka-painting",
				"Tieback thangka " + run, null, 300_000L, "PUBLISHED", Instant.now());
		this.catalogue.listing(this.catalogue.id("lst-tie-b"), this.other, "thangka-painting",
				"Tieback thangka " + run + " at home", null, 200_000L, "PUBLISHED", Instant.now());
		this.catalogue.awaitIndexed(mine());
		// A fair in 30 days whose applications have closed, one stall, both applied.
		LocalDate starts = this.today.plusDays(30);
		this.catalogue.insert("exhibitions",
				new Document("_id", this.fair)
					.append("name", new Document("en", "Tieback Fair " + run).append("hi", "टाईबैक मेला " + run))
					.append("venue", "Polo Ground")
					.append("place", "Leh")
					.append("startsOn", starts.toString())
					.append("endsOn", starts.plusDays(6).toString())
					.append("stalls",
							List.of(new Document("number", "A-12").append("kind", "HANDICRAFT")
								.append("widthDm", 30)
								.append("depthDm", 30)
								.append("feeMinor", 150_000L)
								.append("currency", "INR")
								.append("xDm", 0)
								.append("yDm", 0)
								.append("reservedFor", null)))
					.append("applications",
							new Document("opensOn", this.today.minusDays(20).toString())
								.append("closesOn", this.today.minusDays(1).toString())
								.append("feeDueOn", this.today.plusDays(10).toString())
								.append("sellerKinds", List.of("ARTISAN"))
								.append("crafts", List.of())));
		application(this.placed);
		// The other seller had a stall last year: rotation puts the first one first.
		this.catalogue.insert("exhibitions",
				new Document("_id", this.earlier).append("name", new Document("en", "Earlier Fair " + run))
					.append("place", "Shey")
					.append("startsOn", "2025-06-23")
					.append("endsOn", "2025-06-25"));
		this.catalogue.insert("stall_allocations",
				new Document("_id", this.earlier + ":B-3").append("exhibitionId", this.earlier)
					.append("stallNumber", "B-3")
					.append("sellerId", this.placed));
	}

	@Test
	void theDrawPutsTheStallOnTheListingsDocumentAndSearchFindsTheMakersOfTheFair() {
		this.draws
			.run(this.fair, "The Tribune, 6 December: snow on Khardung La " + this.catalogue.run, SignedIn.officer())
			.block();
		Document listing = this.mongo.findById(this.catalogue.id("lst-tie-a"), Document.class, "listings").block();
		assertThat(listing.getLong("rev")).as("the draw marked the placed seller's listing").isGreaterThan(1L);
		this.catalogue.awaitIndexed(mine());

		Map<String, Object> page = this.http.get()
			.uri("/api/v1/search?q={q}&exhibition={e}", "Tieback thangka " + this.catalogue.run, this.fair)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(hitIds(page)).containsExactly(this.catalogue.id("lst-tie-a"));
		// The earlier fair is on the document too: a buyer finds the maker met there.
		assertThat(hitIds(search("exhibition=" + this.earlier))).containsExactly(this.catalogue.id("lst-tie-a"));

		String results = html("/search?q=Tieback+thangka+" + this.catalogue.run + "&exhibition=" + this.fair);
		assertThat(results)
			.contains("Met the maker at an exhibition?", "Tieback Fair " + this.catalogue.run, "Any exhibition",
					"aria-current=\"true\"", "/listings/" + this.catalogue.id("lst-tie-a"))
			.doesNotContain("/listings/" + this.catalogue.id("lst-tie-b"));
		this.http.get().uri("/api/v1/search?exhibition=Not-An-Id").exchange().expectStatus().isBadRequest();
	}

	@Test
	void theProductSellerAndCardPagesSayWhereToMeetTheMaker() {
		this.draws.run(this.fair, "Closing index " + this.catalogue.run, SignedIn.officer()).block();
		LocalDate starts = this.today.plusDays(30);
		String english = ExhibitionDates.span(starts, starts.plusDays(6), Locale.ENGLISH);
		String hindi = ExhibitionDates.span(starts, starts.plusDays(6), Locale.forLanguageTag("hi"));
		String meet = "Meet the maker at stall A-12, Tieback Fair " + this.catalogue.run + ", " + english;

		String product = html("/listings/" + this.catalogue.id("lst-tie-a"));
		assertThat(product).contains(meet, "Stall A-12, Polo Ground, Leh", "href=\"/exhibitions/" + this.fair + "\"")
			.doesNotContain(this.today.plusDays(30).toString(), "Earlier Fair");
		assertThat(html("/listings/" + this.catalogue.id("lst-tie-a") + "?lang=hi"))
			.contains("स्टॉल A-12 पर कारीगर से मिलें: टाईबैक मेला " + this.catalogue.run + ", " + hindi);
		assertThat(html("/listings/" + this.catalogue.id("lst-tie-b"))).doesNotContain("Meet the maker at stall");

		assertThat(html("/sellers/" + this.placed)).contains(meet, "Polo Ground, Leh").doesNotContain("Earlier Fair");

		String card = html("/verify/" + this.number);
		assertThat(card)
			.contains("Stalls at exhibitions", "Tieback Fair " + this.catalogue.run,
					"stall A-12, Polo Ground, Leh, " + english, "(coming)", "Earlier Fair " + this.catalogue.run,
					"stall B-3, Shey, 23–25 Jun 2025")
			.doesNotContain("2025-06-23");
		assertThat(card.indexOf("Tieback Fair")).as("the latest first").isLessThan(card.indexOf("Earlier Fair"));
	}

	@Test
	void aCardWithoutStallsSaysSo() {
		String number = "LEH/HC/2023/" + (1000 + (int) (Math.random() * 8999));
		new SellerFixtures(this.mongo).artisan(this.catalogue.id("art-tie-c"), "No Stall " + this.catalogue.run, number,
				"ACTIVE", this.today.plusYears(1));
		assertThat(html("/verify/" + number)).contains("has not given this artisan a stall at an exhibition yet");
	}

	private Query mine() {
		return Query.query(Criteria.where("_id").in(this.catalogue.id("lst-tie-a"), this.catalogue.id("lst-tie-b")));
	}

	private void application(String sellerId) {
		this.catalogue.insert("stall_applications",
				new Document("_id", "sap-" + sellerId).append("exhibitionId", this.fair)
					.append("sellerId", sellerId)
					.append("sellerKind", "ARTISAN")
					.append("crafts", List.of("thangka-painting"))
					.append("listingIds", List.of())
					.append("kind", "HANDICRAFT")
					.append("widthDm", 30)
					.append("depthDm", 30)
					.append("status", "APPLIED")
					.append("appliedAt", new java.util.Date())
					.append("version", 0L));
	}

	private Map<String, Object> search(String query) {
		return this.http.get()
			.uri("/api/v1/search?" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Object> hitIds(Map<String, Object> page) {
		return ((List<Map<String, Object>>) page.get("hits")).stream().map((hit) -> hit.get("id")).toList();
	}

	private String html(String path) {
		return this.http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()
			.replace("&amp;", "&");
	}

}
