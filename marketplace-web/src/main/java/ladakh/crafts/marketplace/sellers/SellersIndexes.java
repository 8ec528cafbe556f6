package ladakh.crafts.marketplace.sellers;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes every query on the sellers collection needs at start, through the
 * repository that owns the collection (creating an existing index is a no-op).
 */
@Component
@org.springframework.core.annotation.Order(Ordered.HIGHEST_PRECEDENCE)
class SellersIndexes implements ApplicationRunner {

	private final SellerSearchRepository sellers;

	SellersIndexes(SellerSearchRepository sellers) {
		this.sellers = sellers;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.sellers.createIndexes().block(java.time.Duration.ofMinutes(1));
	}

}
