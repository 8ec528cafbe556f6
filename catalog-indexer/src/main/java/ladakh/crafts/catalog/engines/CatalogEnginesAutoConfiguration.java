package ladakh.crafts.catalog.engines;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.mongodb.reactivestreams.client.MongoClient;
import ladakh.crafts.catalog.index.CatalogIndexProperties;
import ladakh.crafts.catalog.sync.CatalogSyncTrigger;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The Elasticsearch client and the health of both engines, shared by the catalog indexer
 * process and the web application (which runs the indexer in-process).
 */
@AutoConfiguration
@EnableConfigurationProperties({ ElasticsearchProperties.class, CatalogIndexProperties.class })
public class CatalogEnginesAutoConfiguration {

	@Bean(destroyMethod = "close")
	RestClient elasticsearchRestClient(ElasticsearchProperties properties) {
		return RestClient.builder(HttpHost.create(properties.url().toString()))
			.setRequestConfigCallback((config) -> config.setConnectTimeout((int) properties.connectTimeout().toMillis())
				.setSocketTimeout((int) properties.socketTimeout().toMillis()))
			.build();
	}

	@Bean
	ElasticsearchTransport elasticsearchTransport(RestClient restClient) {
		return new RestClientTransport(restClient, new JacksonJsonpMapper());
	}

	@Bean
	ElasticsearchClient elasticsearchClient(ElasticsearchTransport transport) {
		return new ElasticsearchClient(transport);
	}

	@Bean
	ElasticsearchAsyncClient elasticsearchAsyncClient(ElasticsearchTransport transport) {
		return new ElasticsearchAsyncClient(transport);
	}

	/**
	 * Named so it replaces Boot's Mongo indicator, whose {@code hello} command the
	 * in-process server lacks.
	 */
	@Bean
	MongoPingHealthIndicator mongoHealthIndicator(MongoClient mongoClient) {
		return new MongoPingHealthIndicator(mongoClient);
	}

	@Bean
	ElasticsearchClusterHealthIndicator elasticsearchHealthIndicator(ElasticsearchAsyncClient client,
			ElasticsearchProperties properties) {
		return new ElasticsearchClusterHealthIndicator(client, properties.url());
	}

	/** Until an in-process indexer is running, a change waits for the next poll. */
	@Bean
	@ConditionalOnMissingBean
	CatalogSyncTrigger catalogSyncTrigger() {
		return () -> {
		};
	}

}
