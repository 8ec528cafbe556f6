package ladakh.crafts.catalog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The catalog indexer as its own process, for when the sync is scaled out of the web
 * tier.
 */
@SpringBootApplication
public class CatalogIndexerApplication {

	public static void main(String[] args) {
		SpringApplication.run(CatalogIndexerApplication.class, args);
	}

}
