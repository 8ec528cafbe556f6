package ladakh.crafts.marketplace.search;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes of the storefront's own reads (exhibitions, stall allocations) at
 * start, through {@link ShowcaseRepository}. Creating an index that exists is a no-op.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StorefrontIndexes implements ApplicationRunner {

	private final ShowcaseRepository showcase;

	StorefrontIndexes(ShowcaseRepository showcase) {
		this.showcase = showcase;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.showcase.createIndexes().block(Duration.ofMinutes(1));
	}

}
