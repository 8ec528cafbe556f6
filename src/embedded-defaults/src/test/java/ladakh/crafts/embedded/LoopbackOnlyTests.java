package ladakh.crafts.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded engines have no authentication, so they listen on loopback only, whatever
 * the settings say (README, decision 34).
 */
class LoopbackOnlyTests {

	@Test
	void theInProcessMongoServerListensOnLoopbackOnly(@TempDir Path dir) {
		for (String backend : new String[] { "memory", "h2" }) {
			EngineSettings settings = settings(dir.resolve(backend),
					Map.of("marketplace.embedded.mongo.backend", backend));
			try (EmbeddedMongo mongo = EmbeddedEngines.startMongo(settings)) {
				assertThat(mongo.address().getAddress().isLoopbackAddress()).as(backend).isTrue();
				assertThat(mongo.connectionString("crafts")).startsWith("mongodb://127.0.0.1:");
			}
		}
	}

	@Test
	void theLocalElasticsearchNodeIsConfiguredForLoopbackOnly(@TempDir Path dir) {
		assertThat(EmbeddedEngines.nodeSettings(settings(dir, Map.of())).host()).isEqualTo("127.0.0.1");
	}

	@Test
	void theTtlPassIntervalIsASetting(@TempDir Path dir) {
		assertThat(settings(dir, Map.of()).mongoTtlInterval()).isEqualTo(Duration.ofSeconds(60));
		assertThat(settings(dir, Map.of("MARKETPLACE_MONGO_TTL_SECONDS", "5")).mongoTtlInterval())
			.isEqualTo(Duration.ofSeconds(5));
	}

	private static EngineSettings settings(Path dir, Map<String, Object> extra) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().addFirst(new MapPropertySource("extra", extra));
		env.getPropertySources()
			.addLast(new MapPropertySource("test",
					Map.of("marketplace.embedded.mode", "app", "marketplace.data-dir", dir.toString(),
							"marketplace.embedded.mongo.port", "0", "marketplace.embedded.elasticsearch.port", "0")));
		return EngineSettings.from(env);
	}

}
