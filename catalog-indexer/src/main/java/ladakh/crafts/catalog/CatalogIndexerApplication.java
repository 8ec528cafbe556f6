package ladakh.crafts.catalog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The catalog indexer as its own process, for when the sync is scaled out of the web
 * tier. Its configuration file is {@code catalog-indexer.yml}, so it never picks up the
 * web application's.
 */
@SpringBootApplication
public class CatalogIndexerApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(CatalogIndexerApplication.class);
		application.setDefaultProperties(java.util.Map.of("spring.config.name", "catalog-indexer"));
		application.run(args);
	}

}
