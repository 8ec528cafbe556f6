package ladakh.crafts.catalog;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The indexer process starts on the embedded engines and reports both as healthy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=catalog-indexer")
@AutoConfigureWebTestClient
class CatalogIndexerApplicationTests {

	@Autowired
	WebTestClient http;

	@Test
	void healthIsUpWithMongoAndElasticsearchComponents() {
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mongo.status")
			.isEqualTo("UP")
			.jsonPath("$.components.elasticsearch.status")
			.isEqualTo("UP")
			.jsonPath("$.components.elasticsearch.details.status")
			.value((status) -> org.assertj.core.api.Assertions.assertThat((String) status).isIn("green", "yellow"));
	}

}
