package ladakh.crafts.catalog.sync;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import ladakh.crafts.catalog.CatalogIndexerApplication;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The indexer's context on the shared engines with its own sync loop off: each test
 * builds the instances it needs on a database and alias of its own ({@link SyncWorld}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = CatalogIndexerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.config.name=catalog-indexer", "marketplace.catalog.index.alias=test-sync-context",
				"marketplace.catalog.sync.enabled=false" })
@interface SyncTest {

}
