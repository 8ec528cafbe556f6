package ladakh.crafts.catalog.engines;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Elasticsearch is. The embedded-defaults module fills {@code url} with the local
 * node's address when {@code ELASTICSEARCH_URL} is not set.
 *
 * @param url base URL of the cluster, e.g. {@code http://127.0.0.1:9200}
 * @param connectTimeout how long to wait for a connection
 * @param socketTimeout how long to wait for an answer
 */
@ConfigurationProperties("marketplace.elasticsearch")
public record ElasticsearchProperties(URI url, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("30s") Duration socketTimeout) {

	public ElasticsearchProperties {
		if (url == null) {
			throw new IllegalArgumentException(
					"marketplace.elasticsearch.url is not set: set ELASTICSEARCH_URL, or leave it unset to use the local node");
		}
		if (url.getScheme() == null || url.getHost() == null) {
			throw new IllegalArgumentException("ELASTICSEARCH_URL must look like http://host:9200, not " + url);
		}
	}

}
