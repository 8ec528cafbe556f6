package ladakh.crafts.marketplace.catalog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes the catalog's own queries need at start, through the repository
 * that owns the collection (creating an existing index is a no-op).
 */
@Component
@org.springframework.core.annotation.Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogIndexes implements ApplicationRunner {

	private final ListingRepository listings;

	CatalogIndexes(ListingRepository listings) {
		this.listings = listings;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.listings.createIndexes().block(java.time.Duration.ofMinutes(1));
	}

}
