package ladakh.crafts.catalog.engines;

import ladakh.crafts.catalog.CatalogIndexerApplication;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same contract against real MongoDB and Elasticsearch images, where Docker exists;
 * skipped (not failed) where it does not.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(classes = CatalogIndexerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.config.name=catalog-indexer", "marketplace.embedded.enabled=false" })
class RealEnginesContractTests extends EngineContract {

	@Container
	@ServiceConnection
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

	@Container
	static final ElasticsearchContainer elasticsearch = new ElasticsearchContainer(
			org.testcontainers.utility.DockerImageName.parse("elasticsearch:8.19.21"))
		.withEnv("xpack.security.enabled", "false")
		.withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");

	@DynamicPropertySource
	static void elasticsearchUrl(DynamicPropertyRegistry registry) {
		registry.add("marketplace.elasticsearch.url", () -> "http://" + elasticsearch.getHttpHostAddress());
	}

}
