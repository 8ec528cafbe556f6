package ladakh.crafts.catalog.engines;

import ladakh.crafts.catalog.CatalogIndexerApplication;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The contract against the embedded engines: the in-process MongoDB-protocol server and
 * the local Elasticsearch node with the project's analysis plugin.
 */
@SpringBootTest(classes = CatalogIndexerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "spring.config.name=catalog-indexer")
class LocalEnginesContractTests extends EngineContract {

}
