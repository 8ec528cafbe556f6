package ladakh.crafts.marketplace.catalog;

import java.time.Duration;

import ladakh.crafts.marketplace.system.backfill.BackfillRepository;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes the catalog's queries need at start, through the repositories that
 * run them: the storefront's reads and the catalog's own. Creating an index that exists
 * is a no-op. Then, once per database, gives listings stored live before
 * {@code publishedAt} was written their first publication (decision 0046).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogIndexes implements ApplicationRunner {

	private final ListingBrowseRepository browse;

	private final ListingIndexRepository listings;

	private final BackfillRepository backfills;

	CatalogIndexes(ListingBrowseRepository browse, ListingIndexRepository listings, BackfillRepository backfills) {
		this.browse = browse;
		this.listings = listings;
		this.backfills = backfills;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.browse.createIndexes()
			.then(this.listings.createIndexes())
			.then(this.backfills.once("listings.publishedAt", this.listings::backfillPublishedAt))
			.block(Duration.ofMinutes(10));
	}

}
