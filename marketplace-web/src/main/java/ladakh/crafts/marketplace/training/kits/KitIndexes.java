package ladakh.crafts.marketplace.training.kits;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the kit applications' index at start (an existing index is a no-op). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class KitIndexes implements ApplicationRunner {

	private final KitApplicationRepository kits;

	KitIndexes(KitApplicationRepository kits) {
		this.kits = kits;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.kits.createIndexes().block(Duration.ofMinutes(1));
	}

}
