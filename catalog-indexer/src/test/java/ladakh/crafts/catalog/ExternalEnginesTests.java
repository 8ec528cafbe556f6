package ladakh.crafts.catalog;

import java.nio.file.Files;
import java.nio.file.Path;

import ladakh.crafts.embedded.EmbeddedEngines;
import ladakh.crafts.embedded.EmbeddedMongo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With MONGODB_URI and ELASTICSEARCH_URL set to running servers, the application uses
 * them and starts no engine of its own.
 */
class ExternalEnginesTests {

	@Test
	void configuredServersAreUsedAndNothingEmbeddedStarts(@TempDir Path dataDir) throws Exception {
		// Stand-ins for real servers: a separate MongoDB-protocol server and the build's
		// shared node.
		String elasticsearchUrl = EmbeddedEngines.forTests().elasticsearchUrl();
		EmbeddedEngines sharedBefore = EmbeddedEngines.current().orElseThrow();
		long nodesBefore = elasticsearchProcesses();
		try (EmbeddedMongo external = EmbeddedMongo.inMemory("127.0.0.1", 0)) {
			String mongoUri = external.connectionString("crafts_external");
			SpringApplication app = new SpringApplication(CatalogIndexerApplication.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			try (ConfigurableApplicationContext context = app.run("--spring.config.name=catalog-indexer",
					"--MONGODB_URI=" + mongoUri, "--ELASTICSEARCH_URL=" + elasticsearchUrl,
					"--marketplace.embedded.mode=app", "--marketplace.data-dir=" + dataDir)) {
				assertThat(context.getEnvironment().getProperty("spring.mongodb.uri")).isEqualTo(mongoUri);
				assertThat(context.getEnvironment().getProperty("marketplace.elasticsearch.url"))
					.isEqualTo(elasticsearchUrl);
				assertThat(health(context, "mongoHealthIndicator")).isEqualTo(Status.UP);
				assertThat(health(context, "elasticsearchHealthIndicator")).isEqualTo(Status.UP);
			}
		}
		assertThat(EmbeddedEngines.current()).containsSame(sharedBefore);
		assertThat(elasticsearchProcesses()).isEqualTo(nodesBefore);
		try (var files = Files.list(dataDir)) {
			assertThat(files).as("nothing written to the data directory").isEmpty();
		}
	}

	private static Status health(ConfigurableApplicationContext context, String bean) {
		return context.getBean(bean, ReactiveHealthIndicator.class).health().block().getStatus();
	}

	private static long elasticsearchProcesses() {
		return ProcessHandle.allProcesses()
			.filter((p) -> p.info().commandLine().map((c) -> c.contains("org.elasticsearch.bootstrap")).orElse(false))
			.count();
	}

}
