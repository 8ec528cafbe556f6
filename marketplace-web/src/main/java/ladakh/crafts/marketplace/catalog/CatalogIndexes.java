package ladakh.crafts.marketplace.catalog;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes the catalog's storefront reads need at start, through the
 * repository that runs those reads. Creating an index that exists is a no-op.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogIndexes implements ApplicationRunner {

	private final ListingBrowseRepository browse;

	CatalogIndexes(ListingBrowseRepository browse) {
		this.browse = browse;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.browse.createIndexes().block(Duration.ofMinutes(1));
	}

}
