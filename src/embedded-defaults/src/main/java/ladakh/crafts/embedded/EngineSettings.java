package ladakh.crafts.embedded;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.core.env.Environment;

/**
 * What the embedded engines need to know, read once from the environment. Each setting
 * has a Spring property name and the environment variable documented in the README; the
 * property wins.
 *
 * @param mongoUri a real MongoDB to use instead of the embedded server, or {@code null}
 * @param elasticsearchUrl a real Elasticsearch to use instead of the local node, or
 * {@code null}
 * @param mongoTtlInterval how often the in-process server removes documents past their
 * TTL index's expiry (60 s, like mongod's TTL monitor)
 * @param testMode set by the build for test JVMs: in-memory MongoDB, free ports, engines
 * shared by every application context of the JVM
 */
record EngineSettings(String mongoUri, String elasticsearchUrl, Path dataDir, String database, int mongoPort,
		boolean mongoInMemory, Duration mongoTtlInterval, int elasticsearchPort, String elasticsearchHeap,
		String elasticsearchUser, Path elasticsearchDistribution, Duration elasticsearchStartTimeout,
		boolean testMode) {

	static final String LOOPBACK = "127.0.0.1";

	static EngineSettings from(Environment env) {
		boolean test = "test".equals(env.getProperty("marketplace.embedded.mode"));
		String testDir = env.getProperty("marketplace.test.work-dir", "target/test-work");
		Path dataDir = Path.of(test ? testDir : lookup(env, "marketplace.data-dir", "MARKETPLACE_DATA_DIR", "data"))
			.toAbsolutePath()
			.normalize();
		String distribution = lookup(env, "marketplace.embedded.elasticsearch.distribution",
				"MARKETPLACE_ES_DISTRIBUTION", null);
		return new EngineSettings(blankToNull(lookup(env, "spring.mongodb.uri", "MONGODB_URI", null)),
				blankToNull(lookup(env, "marketplace.elasticsearch.url", "ELASTICSEARCH_URL", null)), dataDir,
				lookup(env, "marketplace.mongo.database", "MARKETPLACE_MONGO_DATABASE", "ladakh_crafts"),
				Integer.parseInt(
						lookup(env, "marketplace.embedded.mongo.port", "MARKETPLACE_MONGO_PORT", test ? "0" : "27017")),
				"memory".equals(env.getProperty("marketplace.embedded.mongo.backend", test ? "memory" : "h2")),
				Duration.ofSeconds(Long.parseLong(lookup(env, "marketplace.embedded.mongo.ttl-monitor-seconds",
						"MARKETPLACE_MONGO_TTL_SECONDS", "60"))),
				Integer.parseInt(lookup(env, "marketplace.embedded.elasticsearch.port", "MARKETPLACE_ES_PORT",
						test ? "0" : "9200")),
				lookup(env, "marketplace.embedded.elasticsearch.heap", "MARKETPLACE_ES_HEAP", "512m"),
				lookup(env, "marketplace.embedded.elasticsearch.user", "MARKETPLACE_ES_USER", "ladakh-es"),
				(distribution != null) ? Path.of(distribution) : null,
				Duration
					.ofSeconds(Long.parseLong(lookup(env, "marketplace.embedded.elasticsearch.start-timeout-seconds",
							"MARKETPLACE_ES_START_TIMEOUT", "180"))),
				test);
	}

	boolean embeddedMongo() {
		return this.mongoUri == null;
	}

	boolean embeddedElasticsearch() {
		return this.elasticsearchUrl == null;
	}

	Path mongoStoreFile() {
		return this.dataDir.resolve("mongo").resolve("marketplace.mv");
	}

	Path elasticsearchBaseDir() {
		return this.dataDir.resolve("elasticsearch");
	}

	private static String lookup(Environment env, String property, String variable, String fallback) {
		String value = env.getProperty(property);
		if (value == null || value.isBlank()) {
			value = env.getProperty(variable);
		}
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
