package ladakh.crafts.catalog.engines;

import java.net.URI;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Elasticsearch health from the cluster health API: green or yellow (a single node has no
 * replicas) is UP, red is DOWN.
 */
public class ElasticsearchClusterHealthIndicator extends AbstractReactiveHealthIndicator {

	private final ElasticsearchAsyncClient client;

	private final URI url;

	public ElasticsearchClusterHealthIndicator(ElasticsearchAsyncClient client, URI url) {
		super("Elasticsearch health check failed");
		this.client = client;
		this.url = url;
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		return Mono.fromFuture(() -> this.client.cluster().health()).map((health) -> {
			builder.withDetail("cluster", health.clusterName())
				.withDetail("status", health.status().jsonValue())
				.withDetail("nodes", health.numberOfNodes())
				.withDetail("url", this.url.toString());
			return ((health.status() == HealthStatus.Red) ? builder.down() : builder.up()).build();
		});
	}

}
