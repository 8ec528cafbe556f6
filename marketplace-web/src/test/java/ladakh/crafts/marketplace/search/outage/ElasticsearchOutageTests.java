package ladakh.crafts.marketplace.search.outage;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ladakh.crafts.embedded.EmbeddedEngines;
import ladakh.crafts.marketplace.MarketplaceApplication;
import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.testsupport.InProcessMongo;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * Elasticsearch really unreachable (its address refuses connections), then back: the
 * storefront (search, home and shop pages) lists products from MongoDB, the search page
 * with a notice, a seller's edit still succeeds, and once Elasticsearch returns the index
 * catches up without anyone doing anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElasticsearchOutageTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private PortForwarder elasticsearch;

	private ConfigurableApplicationContext app;

	private WebTestClient http;

	private StorefrontFixtures catalogue;

	@BeforeAll
	void startWithElasticsearchDown() throws Exception {
		this.elasticsearch = PortForwarder.closed();
		String run = Long.toString(System.nanoTime(), 36);
		SpringApplication application = new SpringApplication(MarketplaceApplication.class);
		this.app = application.run("--server.port=0", "--MONGODB_URI=" + InProcessMongo.uri("outage-" + run),
				"--ELASTICSEARCH_URL=http://127.0.0.1:" + this.elasticsearch.port(),
				"--marketplace.catalog.index.alias=test-outage-" + run, "--marketplace.catalog.sync.max-backoff=1s",
				"--marketplace.elasticsearch.connect-timeout=500ms", "--marketplace.elasticsearch.socket-timeout=5s");
		this.http = WebTestClient.bindToApplicationContext(this.app)
			.apply(springSecurity())
			.configureClient()
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		this.catalogue = new StorefrontFixtures(this.app.getBean(ReactiveMongoTemplate.class));
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
		if (this.elasticsearch != null) {
			this.elasticsearch.close();
		}
	}

	@Test
	void theStorefrontBrowsesMongoDbSellersKeepWritingAndTheIndexCatchesUpWhenElasticsearchReturns() throws Exception {
		String craft = "outage-" + this.catalogue.run;
		String seller = this.catalogue.id("art-outage");
		String listing = this.catalogue.id("lst-outage");
		this.catalogue.craft(craft, "Outage craft", "आउटेज शिल्प")
			.seller(seller, "ARTISAN", "Tsering Angmo", "LEH/HC/2025/0777", "ACTIVE", LocalDate.now().plusYears(2));
		Document seeded = this.catalogue.listing(listing, seller, craft, "Copper tea pot", null, 650_000L, "PUBLISHED",
				Instant.now());
		this.app.getBean(ReactiveMongoTemplate.class)
			.updateFirst(Query.query(Criteria.where("_id").is(listing)),
					org.springframework.data.mongodb.core.query.Update.update("publishedAt", seeded.get("createdAt")),
					"listings")
			.block();

		String page = this.http.get()
			.uri("/search?craft=" + craft)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Search is limited right now").contains("Copper tea pot");
		assertThat(html("/")).as("the home page lists from MongoDB").contains("Copper tea pot");
		assertThat(html("/sellers/" + seller)).as("the shop page lists from MongoDB").contains("Copper tea pot");

		Map<String, Object> mine = this.http.mutateWith(SignedIn.as(SignedIn.seller(seller)))
			.get()
			.uri("/api/v1/seller/listings/" + listing)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		Map<String, Object> edit = new HashMap<>(mine);
		edit.put("title", Map.of("en", "Copper samovar"));
		Map<String, Object> edited = this.http.mutateWith(SignedIn.as(SignedIn.seller(seller)))
			.mutateWith(csrf())
			.put()
			.uri("/api/v1/seller/listings/" + listing)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(edit)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JSON)
			.returnResult()
			.getResponseBody();
		assertThat(((Map<?, ?>) edited.get("title")).get("en")).isEqualTo("Copper samovar");
		assertThat(searchApi("samovar")).as("words cannot be searched while Elasticsearch is down").isEqualTo(503);

		URI node = URI.create(EmbeddedEngines.forTests().elasticsearchUrl());
		this.elasticsearch.forwardTo(node.getHost(), node.getPort());

		Instant deadline = Instant.now().plusSeconds(90);
		List<?> hits = List.of();
		while (Instant.now().isBefore(deadline) && hits.isEmpty()) {
			Thread.sleep(500);
			hits = hitsFor("samovar");
		}
		assertThat(hits).as("the edit made during the outage is searchable once Elasticsearch is back")
			.singleElement()
			.satisfies((hit) -> assertThat(((Map<?, ?>) hit).get("id")).isEqualTo(listing));
	}

	private String html(String path) {
		return this.http.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private int searchApi(String words) {
		return this.http.get()
			.uri("/api/v1/search?q=" + words)
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private List<?> hitsFor(String words) {
		var result = this.http.get().uri("/api/v1/search?q=" + words).exchange().returnResult(JSON);
		if (result.getStatus().value() != 200) {
			return List.of();
		}
		Map<String, Object> body = result.getResponseBody().blockFirst();
		return (List<?>) body.get("hits");
	}

}
