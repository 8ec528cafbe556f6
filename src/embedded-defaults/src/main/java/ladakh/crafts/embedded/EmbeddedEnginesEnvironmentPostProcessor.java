package ladakh.crafts.embedded;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at MongoDB and Elasticsearch: the URLs when {@code MONGODB_URI}
 * / {@code ELASTICSEARCH_URL} are set, otherwise engines started on this machine. Runs
 * before any bean exists, so the ordinary auto-configured clients simply see a URL.
 */
public class EmbeddedEnginesEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE = "embeddedEngines";

	@Override
	public int getOrder() {
		// After application.yml and friends are loaded, so they can configure the
		// engines.
		return ConfigDataEnvironmentPostProcessor.ORDER + 10;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("marketplace.embedded.enabled", Boolean.class, true)) {
			return;
		}
		EngineSettings settings = EngineSettings.from(environment);
		Map<String, Object> resolved = new LinkedHashMap<>();
		boolean embedded = settings.embeddedMongo() || settings.embeddedElasticsearch();
		String mongoUri = settings.mongoUri();
		String elasticsearchUrl = settings.elasticsearchUrl();
		if (embedded) {
			EmbeddedEngines engines = EmbeddedEngines.obtain(settings);
			mongoUri = engines.mongoUri();
			elasticsearchUrl = engines.elasticsearchUrl();
		}
		resolved.put("spring.mongodb.uri", mongoUri);
		resolved.put("marketplace.elasticsearch.url", elasticsearchUrl);
		resolved.put("marketplace.embedded.mongo.active", settings.embeddedMongo());
		resolved.put("marketplace.embedded.elasticsearch.active", settings.embeddedElasticsearch());
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, resolved));
		// Demo data by default only on an embedded store, never on a real one unless
		// asked for.
		String demo = environment.getProperty("MARKETPLACE_DEMO_DATA");
		boolean demoDefault = (demo != null) ? Boolean.parseBoolean(demo)
				: settings.embeddedMongo() && !settings.testMode();
		environment.getPropertySources()
			.addLast(new MapPropertySource(PROPERTY_SOURCE + "Defaults",
					Map.of("marketplace.demo-data.enabled", demoDefault)));
	}

}
