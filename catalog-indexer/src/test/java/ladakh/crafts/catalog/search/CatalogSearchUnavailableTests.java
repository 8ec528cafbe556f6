package ladakh.crafts.catalog.search;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import ladakh.crafts.catalog.CatalogIndexerApplication;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * When Elasticsearch cannot answer, the query API says so with
 * {@link SearchUnavailableException}, which the storefront turns into its MongoDB
 * fallback.
 */
@SpringBootTest(classes = CatalogIndexerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.config.name=catalog-indexer", "marketplace.catalog.sync.enabled=false" })
class CatalogSearchUnavailableTests {

	@Autowired
	ElasticsearchAsyncClient client;

	@Autowired
	SynonymStore synonyms;

	@Test
	void aClosedPortIsSearchUnavailable() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (RestClient rest = RestClient.builder(new HttpHost("127.0.0.1", port, "http")).build()) {
			ElasticsearchAsyncClient closed = new ElasticsearchAsyncClient(
					new RestClientTransport(rest, new JacksonJsonpMapper()));
			CatalogSearch search = new ElasticsearchCatalogSearch(closed, "catalog-listings", this.synonyms,
					"a-test-secret-of-some-length");
			StepVerifier.create(search.search(SearchQuery.everything().withText("thangka")))
				.expectError(SearchUnavailableException.class)
				.verify(Duration.ofSeconds(30));
			StepVerifier.create(search.suggest("tha", 5))
				.expectError(SearchUnavailableException.class)
				.verify(Duration.ofSeconds(30));
		}
	}

	@Test
	void aMissingIndexIsSearchUnavailable() {
		CatalogSearch search = new ElasticsearchCatalogSearch(this.client, "test-search-no-such-index", this.synonyms,
				"a-test-secret-of-some-length");
		StepVerifier.create(search.search(SearchQuery.everything()))
			.expectError(SearchUnavailableException.class)
			.verify(Duration.ofSeconds(30));
	}

}
