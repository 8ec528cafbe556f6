package ladakh.crafts.catalog.engines;

import com.mongodb.reactivestreams.client.MongoClient;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * MongoDB health by {@code ping}, a command both a real MongoDB and the in-process
 * MongoDB-protocol server answer.
 */
public class MongoPingHealthIndicator extends AbstractReactiveHealthIndicator {

	private final MongoClient client;

	public MongoPingHealthIndicator(MongoClient client) {
		super("MongoDB health check failed");
		this.client = client;
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		return Mono.from(this.client.getDatabase("admin").runCommand(new Document("ping", 1)))
			.map((answer) -> ((Number) answer.get("ok")).doubleValue() == 1.0 ? builder.up().build()
					: builder.down().withDetail("answer", answer.toJson()).build());
	}

}
