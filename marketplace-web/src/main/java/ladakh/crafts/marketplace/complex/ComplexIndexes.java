package ladakh.crafts.marketplace.complex;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the complex's indexes at start (creating an existing index is a no-op). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ComplexIndexes implements ApplicationRunner {

	private final ComplexTermRepository terms;

	private final ShopTermRepository shops;

	ComplexIndexes(ComplexTermRepository terms, ShopTermRepository shops) {
		this.terms = terms;
		this.shops = shops;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.terms.createIndexes().then(this.shops.createIndexes()).block(Duration.ofMinutes(1));
	}

}
