package ladakh.crafts.marketplace.sellers.profiles.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@MockServerTest
class SellerPageTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	SellerFixtures sellers;

	@BeforeEach
	void seed() {
		this.sellers = new SellerFixtures(this.mongo).craft("thangka-painting", "Thangka painting", "थांका चित्रकला");
		this.sellers.artisan("art-page", "Sonam Dolma", "LEH/HC/2025/0931", "ACTIVE", LocalDate.now().plusYears(1));
		this.sellers.insert(new Document("_id", "shg-page").append("type", "SHG")
			.append("name", "Likir Potters SHG")
			.append("district", "LEH")
			.append("village", "Likir")
			.append("crafts", List.of("thangka-painting"))
			.append("status", "ACTIVE")
			.append("story", new Document("en", "Potters since 2019.").append("hi", "2019 से कुम्हार।"))
			.append("shg", new Document("memberIds", List.of("art-page"))));
		this.sellers.insert(new Document("_id", "tc-page").append("type", "TRAINING_CENTRE")
			.append("name", "Carpet Weaving Centre, Nyoma")
			.append("district", "LEH")
			.append("village", "Nyoma")
			.append("crafts", List.of("thangka-painting"))
			.append("status", "ACTIVE")
			.append("story", new Document("en", "Trains weavers.").append("hi", "बुनकरों को प्रशिक्षण।")));
		this.mongo.remove(Query.query(Criteria.where("sellerId").is("art-page")), "listings").block();
		this.mongo
			.insert(new Document("_id", "lst-page-1").append("sellerId", "art-page")
				.append("title", new Document("en", "Green Tara thangka").append("hi", "हरित तारा थांका"))
				.append("priceMinor", 4_500_000L)
				.append("status", "PUBLISHED")
				.append("createdAt", Instant.now()), "listings")
			.block();
		// The shop's listings come from the catalog index: hand the listing to the sync.
		Query listing = Query.query(Criteria.where("_id").is("lst-page-1"));
		new StorefrontFixtures(this.mongo).touch(listing).awaitIndexed(listing);
	}

	@Test
	void anArtisansPageShowsTheStoryCraftsVerifiedBadgeAndListingsButNothingPrivate() {
		String html = page("/sellers/art-page", 200);
		assertThat(html).contains("Sonam Dolma", "Thangka painting", "Green Tara thangka", "₹45,000",
				"href=\"/verify/LEH/HC/2025/0931\"", "Registered artisan: verify");
		assertThat(html).doesNotContain(SellerFixtures.MOBILE, SellerFixtures.PARENTAGE);
	}

	@Test
	void shgAndCentrePagesAreDepartmentRegistered() {
		assertThat(page("/sellers/shg-page", 200)).contains("Likir Potters SHG", "Department-registered",
				"Potters since 2019.");
		assertThat(page("/sellers/tc-page", 200)).contains("Carpet Weaving Centre, Nyoma", "Department-registered",
				"Products made by its trainees");
	}

	@Test
	void everyKindOfPageSpeaksHindi() {
		assertThat(page("/sellers/art-page?lang=hi", 200)).contains("<html lang=\"hi\"", "थांका चित्रकला",
				"हरित तारा थांका");
		assertThat(page("/sellers/shg-page?lang=hi", 200)).contains("2019 से कुम्हार।", "विभाग द्वारा पंजीकृत");
		assertThat(page("/sellers/tc-page?lang=hi", 200)).contains("इसके प्रशिक्षुओं द्वारा बनाए गए उत्पाद");
	}

	@Test
	void aSuspendedSellerIsNotSellingAndShowsNoProducts() {
		this.sellers.set("art-page", "status", "SUSPENDED");
		assertThat(page("/sellers/art-page", 200)).contains("not currently selling")
			.doesNotContain("Green Tara thangka");
	}

	@Test
	void anUnknownSellerIsNotFound() {
		page("/sellers/no-such-seller", 404);
	}

	private String page(String path, int status) {
		return this.http.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
