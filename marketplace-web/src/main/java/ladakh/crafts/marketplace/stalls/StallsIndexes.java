package ladakh.crafts.marketplace.stalls;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the stall sales' index at start (creating an existing index is a no-op). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StallsIndexes implements ApplicationRunner {

	private final StallSaleRepository sales;

	StallsIndexes(StallSaleRepository sales) {
		this.sales = sales;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.sales.createIndexes().block(Duration.ofMinutes(1));
	}

}
