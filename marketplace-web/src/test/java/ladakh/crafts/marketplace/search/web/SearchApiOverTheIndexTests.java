package ladakh.crafts.marketplace.search.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.catalog.search.CatalogSearch;
import ladakh.crafts.catalog.search.ElasticsearchCatalogSearch;
import ladakh.crafts.catalog.sync.CatalogSync;
import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.testsupport.MongoBackedTest;
import ladakh.crafts.marketplace.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The public search API over the real query API, the local Elasticsearch node and the
 * in-process sync: listings written to MongoDB become searchable under the contract's
 * names, by a local spelling and in Hindi, with facets, and the cursor walks past a page.
 * Both are required: without them the test fails (it never skips).
 */
@WebIntegrationTest
class SearchApiOverTheIndexTests extends MongoBackedTest {

	private static final Duration INDEX_WAIT = Duration.ofSeconds(60);

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	/** The real query API over the index (not a fake): no bean, no context, a failure. */
	@Autowired
	CatalogSearch search;

	/** The in-process sync that indexes what the test writes to MongoDB. */
	@Autowired
	CatalogSync sync;

	private StorefrontFixtures catalogue;

	private String seller;

	@BeforeEach
	void seed() {
		assertThat(this.search).as("catalog-indexer's real query API").isInstanceOf(ElasticsearchCatalogSearch.class);
		assertThat(this.sync.isRunning()).as("the in-process sync runs").isTrue();
		this.catalogue = new StorefrontFixtures(this.mongo);
		this.seller = this.catalogue.id("art-idx");
		this.catalogue.craft("thangka-painting", "Thangka painting", "थंका चित्रकला")
			.seller(this.seller, "ARTISAN", "Index Painter " + this.catalogue.run,
					"KGL/HC/2016/" + (1000 + (int) (Math.random() * 8999)), "ACTIVE", LocalDate.now().plusYears(2));
		for (int i = 1; i <= 5; i++) {
			this.catalogue.listing(this.catalogue.id("lst-idx-" + i), this.seller, "thangka-painting",
					"Thangka " + this.catalogue.run + " number " + i, "थंका " + this.catalogue.run + " क्रमांक " + i,
					100_000L * i, "PUBLISHED", Instant.now().minusSeconds(i));
		}
	}

	@Test
	void aLocalSpellingFindsTheListingsUnderTheContractsNames() {
		Map<String, Object> page = awaitAllFive("thanka");

		assertThat(page).containsKeys("total", "page", "size", "nextCursor", "hits", "facets")
			.containsEntry("limited", false);
		Map<String, Object> hit = mine(page).get(0);
		assertThat(hit).containsKeys("id", "title", "craft", "price", "sellerId", "sellerName", "sellerType",
				"district", "registrationNumber", "verified", "inStock", "thumbnailUrl");
		assertThat(hit).containsEntry("sellerId", this.seller).containsEntry("verified", true);
		@SuppressWarnings("unchecked")
		Map<String, Object> facets = (Map<String, Object>) page.get("facets");
		assertThat(facets).containsKeys("craft", "sellerType", "district", "price");
	}

	@Test
	void theCursorWalksEveryListingOnceInPagesOfTwo() {
		awaitAllFive(this.catalogue.run);
		Set<Object> seen = new HashSet<>();
		String cursor = null;
		int pages = 0;
		do {
			String uri = "/api/v1/search?q={q}&size=2&sort=price_asc" + ((cursor != null) ? "&cursor={c}" : "");
			Map<String, Object> page = this.http.get()
				.uri(uri, this.catalogue.run, cursor)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(JSON)
				.returnResult()
				.getResponseBody();
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> hits = (List<Map<String, Object>>) page.get("hits");
			hits.forEach((hit) -> assertThat(seen.add(hit.get("id"))).as("no duplicate").isTrue());
			cursor = (String) page.get("nextCursor");
			pages++;
		}
		while (cursor != null && pages < 10);
		assertThat(seen).hasSize(5);
	}

	@Test
	void aHindiQueryFindsThem() {
		assertThat(mine(awaitAllFive("थंका"))).hasSize(5);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> mine(Map<String, Object> page) {
		return ((List<Map<String, Object>>) page.get("hits")).stream()
			.filter((hit) -> this.seller.equals(hit.get("sellerId")))
			.toList();
	}

	/**
	 * Bounded polling until the sync has indexed all five listings and the query finds
	 * them.
	 */
	private Map<String, Object> awaitAllFive(String q) {
		long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
		Map<String, Object> page = null;
		while (System.nanoTime() < deadline) {
			page = this.http.get()
				.uri("/api/v1/search?q={q}&size=100", q)
				.exchange()
				.expectBody(JSON)
				.returnResult()
				.getResponseBody();
			if (page != null && Boolean.FALSE.equals(page.get("limited")) && mine(page).size() == 5) {
				return page;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		fail("not searchable within %s: last answer %s", INDEX_WAIT, page);
		return page;
	}

}
