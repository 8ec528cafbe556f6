package ladakh.crafts.marketplace.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import ladakh.crafts.demo.DemoData;
import ladakh.crafts.demo.DemoDataGenerator;
import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.testsupport.InProcessMongo;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo catalogue as a buyer searches it: its documents, as the loader writes them,
 * indexed by the in-process sync into a database and index of this test's own, and
 * searched through the public API on the local Elasticsearch node. A broad query's first
 * ten hits do not show one title three times, and a colour word finds listings of that
 * colour.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCatalogueSearchTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@DynamicPropertySource
	static void ownCatalogue(DynamicPropertyRegistry registry) {
		InProcessMongo.register(registry, "demo-search-test");
		registry.add("marketplace.catalog.index.alias",
				() -> "test-demo-search-" + UUID.randomUUID().toString().substring(0, 8));
	}

	@BeforeAll
	void loadTheDemoCatalogue() {
		DemoData data = new DemoDataGenerator().generate();
		insert("crafts", data.crafts().stream().map(DemoDocuments::craft).toList());
		insert("sellers", data.sellers().stream().map(DemoDocuments::seller).toList());
		insert("listings", data.listings().stream().map(DemoDocuments::listing).toList());
		// One listing at a time, by _id: a count of every dirty listing would read the
		// whole collection while the sync works through it.
		StorefrontFixtures catalogue = new StorefrontFixtures(this.mongo);
		data.listings()
			.forEach((listing) -> catalogue.awaitIndexed(org.springframework.data.mongodb.core.query.Query
				.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(listing.id()))));
	}

	/**
	 * Into the empty collections of this test's database (their indexes stay as
	 * declared).
	 */
	private void insert(String collection, List<Document> documents) {
		this.mongo.insert(documents, collection).collectList().block();
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "silver", "carpet", "pashmina", "thangka", "shawl" })
	void aBroadQueryShowsNoTitleThreeTimesInItsFirstTenHits(String q) {
		List<Map<String, Object>> hits = hits(q);
		assertThat(hits).hasSize(10);
		Map<Object, Long> perTitle = hits.stream()
			.collect(Collectors.groupingBy((hit) -> hit.get("title"), Collectors.counting()));
		assertThat(perTitle.values()).as("%s", perTitle).allSatisfy((count) -> assertThat(count).isLessThan(3));
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "indigo", "red carpet", "grey pashmina" })
	void aColourWordFindsListingsOfThatColour(String q) {
		List<Map<String, Object>> hits = hits(q);
		assertThat(hits).isNotEmpty();
		String colour = q.split(" ")[0];
		Map<String, List<String>> colours = this.mongo.findAll(Document.class, "listings")
			.collectMap((listing) -> listing.getString("_id"), (listing) -> listing.getList("colours", String.class))
			.block();
		assertThat(hits).allSatisfy((hit) -> assertThat(colours.get((String) hit.get("id"))).contains(colour));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> hits(String q) {
		Map<String, Object> page = this.http.get()
			.uri("/api/v1/search?q={q}&size=10", q)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(page).containsEntry("limited", false);
		return (List<Map<String, Object>>) page.get("hits");
	}

}
