package ladakh.crafts.marketplace.catalog;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes the catalog's queries need at start, through the repositories that
 * run them: the storefront's reads and the catalog's own. Creating an index that exists
 * is a no-op.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogIndexes implements ApplicationRunner {

	private final ListingBrowseRepository browse;

	private final ListingRepository listings;

	CatalogIndexes(ListingBrowseRepository browse, ListingRepository listings) {
		this.browse = browse;
		this.listings = listings;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.browse.createIndexes().then(this.listings.createIndexes()).block(Duration.ofMinutes(1));
	}

}
