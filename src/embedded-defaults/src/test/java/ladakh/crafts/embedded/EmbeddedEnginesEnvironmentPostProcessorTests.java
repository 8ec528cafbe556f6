package ladakh.crafts.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedEnginesEnvironmentPostProcessorTests {

	@Test
	void configuredUrlsStartNoEmbeddedEngine(@TempDir Path dataDir) {
		StandardEnvironment env = environment(Map.of("MONGODB_URI", "mongodb://db.example:27017/crafts",
				"ELASTICSEARCH_URL", "http://search.example:9200", "marketplace.data-dir", dataDir.toString(),
				"marketplace.embedded.mode", "app"));
		var before = EmbeddedEngines.current();

		new EmbeddedEnginesEnvironmentPostProcessor().postProcessEnvironment(env, new SpringApplication());

		assertThat(env.getProperty("spring.mongodb.uri")).isEqualTo("mongodb://db.example:27017/crafts");
		assertThat(env.getProperty("marketplace.elasticsearch.url")).isEqualTo("http://search.example:9200");
		assertThat(env.getProperty("marketplace.embedded.mongo.active", Boolean.class)).isFalse();
		assertThat(env.getProperty("marketplace.embedded.elasticsearch.active", Boolean.class)).isFalse();
		assertThat(EmbeddedEngines.current()).isEqualTo(before);
		assertThat(dataDir).isEmptyDirectory();
	}

	@Test
	void demoDataIsOffOnARealDatabaseUnlessAskedFor(@TempDir Path dataDir) {
		StandardEnvironment quiet = environment(Map.of("MONGODB_URI", "mongodb://db.example/crafts",
				"ELASTICSEARCH_URL", "http://search.example:9200", "marketplace.embedded.mode", "app"));
		new EmbeddedEnginesEnvironmentPostProcessor().postProcessEnvironment(quiet, new SpringApplication());
		assertThat(quiet.getProperty("marketplace.demo-data.enabled", Boolean.class)).isFalse();

		StandardEnvironment asked = environment(
				Map.of("MONGODB_URI", "mongodb://db.example/crafts", "ELASTICSEARCH_URL", "http://search.example:9200",
						"MARKETPLACE_DEMO_DATA", "true", "marketplace.embedded.mode", "app"));
		new EmbeddedEnginesEnvironmentPostProcessor().postProcessEnvironment(asked, new SpringApplication());
		assertThat(asked.getProperty("marketplace.demo-data.enabled", Boolean.class)).isTrue();
	}

	@Test
	void explicitDemoDataSettingWinsOverTheDefault() {
		StandardEnvironment env = environment(Map.of("MONGODB_URI", "mongodb://db.example/crafts", "ELASTICSEARCH_URL",
				"http://search.example:9200", "marketplace.demo-data.enabled", "true"));
		new EmbeddedEnginesEnvironmentPostProcessor().postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getProperty("marketplace.demo-data.enabled", Boolean.class)).isTrue();
	}

	@Test
	void disabledPostProcessorLeavesTheEnvironmentAlone(@TempDir Path dataDir) throws Exception {
		StandardEnvironment env = environment(
				Map.of("marketplace.embedded.enabled", "false", "marketplace.data-dir", dataDir.toString()));
		new EmbeddedEnginesEnvironmentPostProcessor().postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getProperty("spring.mongodb.uri")).isNull();
		assertThat(Files.list(dataDir)).isEmpty();
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return env;
	}

}
