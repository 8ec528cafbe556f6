package ladakh.crafts.marketplace.search.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page and API over the local Elasticsearch node and the in-process sync
 * (decision 48): a colour word finds the listing of that colour, the colour facet is
 * labelled in the reader's language and filters, an American spelling and a category word
 * find the listings, and words that do not all match show the listings with most of them
 * under a notice in English and Hindi.
 */
@WebIntegrationTest
class SearchThatNeverStrandsPageTests extends MongoBackedTest {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private StorefrontFixtures catalogue;

	private String red;

	private String blue;

	private String run;

	@BeforeEach
	void seed() {
		this.catalogue = new StorefrontFixtures(this.mongo);
		this.run = this.catalogue.run;
		String seller = this.catalogue.id("art-colour");
		this.catalogue.craft("carpet-weaving", "Carpet weaving", "कालीन बुनाई")
			.seller(seller, "ARTISAN", "Colour Weaver", "LEH/HC/2025/0" + (100 + (int) (Math.random() * 899)), "ACTIVE",
					LocalDate.now().plusYears(2));
		this.red = this.catalogue.id("lst-red");
		this.blue = this.catalogue.id("lst-blue");
		this.catalogue.listing(this.red, seller, "carpet-weaving", "Grey and dragon carpet " + this.run, null,
				2_000_000L, "PUBLISHED", Instant.now());
		this.catalogue.listing(this.blue, seller, "carpet-weaving", "Lotus jewellery carpet " + this.run, null,
				2_500_000L, "PUBLISHED", Instant.now());
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(this.red)),
					new Update().set("colours", List.of("red", "grey")), "listings")
			.block();
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(this.blue)), new Update().set("colours", List.of("blue")),
					"listings")
			.block();
		Query mine = Query.query(Criteria.where("_id").in(this.red, this.blue));
		this.catalogue.touch(mine).awaitIndexed(mine);
	}

	@Test
	void aColourWordFindsTheListingOfThatColour() {
		assertThat(ids("red " + this.run)).containsExactly(this.red);
		assertThat(ids("नीला " + this.run)).containsExactly(this.blue);
	}

	@Test
	void theColourFacetIsLabelledAndFilters() {
		String html = page("/search?q=" + this.run);
		assertThat(html).contains("id=\"facet-colour\"", ">Red<", ">Blue<", "colour=red");
		assertThat(page("/search?q=" + this.run + "&lang=hi")).contains(">लाल<", ">नीला<");
		String filtered = page("/search?q=" + this.run + "&colour=blue");
		assertThat(filtered).contains("href=\"/listings/" + this.blue + "\"")
			.doesNotContain("href=\"/listings/" + this.red + "\"");
		this.http.get().uri("/api/v1/search?q={q}&colour=sparkly", this.run).exchange().expectStatus().isBadRequest();
	}

	@Test
	void americanSpellingsAndCategoryWordsFindTheListings() {
		assertThat(ids("gray " + this.run)).containsExactly(this.red);
		assertThat(ids("jewelry " + this.run)).containsExactly(this.blue);
		assertThat(ids("rug " + this.run)).containsExactlyInAnyOrder(this.red, this.blue);
	}

	@Test
	void wordsThatDoNotAllMatchShowTheListingsWithMostOfThemUnderANotice() {
		String q = "dragon " + this.run + " unicorn";
		String html = page("/search?q=" + q.replace(' ', '+'));
		assertThat(html).contains("No results for all of “" + q + "”; showing results for most of the words.")
			.contains("href=\"/listings/" + this.red + "\"");
		assertThat(page("/search?lang=hi&q=" + q.replace(' ', '+'))).contains("के सभी शब्दों के लिए कोई परिणाम नहीं");
		Map<String, Object> api = api(q);
		assertThat(api).containsEntry("relaxed", true);
		assertThat(page("/search?q=dragon+" + this.run)).doesNotContain("No results for all of");
	}

	private List<Object> ids(String q) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> hits = (List<Map<String, Object>>) api(q).get("hits");
		return hits.stream().map((hit) -> hit.get("id")).toList();
	}

	private Map<String, Object> api(String q) {
		return this.http.get()
			.uri("/api/v1/search?q={q}&size=50", q)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
	}

	private String page(String path) {
		return this.http.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
