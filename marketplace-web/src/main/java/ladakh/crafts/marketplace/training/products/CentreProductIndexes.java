package ladakh.crafts.marketplace.training.products;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the centre products' indexes at start (an existing index is a no-op). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CentreProductIndexes implements ApplicationRunner {

	private final CentreProductRepository products;

	CentreProductIndexes(CentreProductRepository products) {
		this.products = products;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.products.createIndexes().block(Duration.ofMinutes(1));
	}

}
