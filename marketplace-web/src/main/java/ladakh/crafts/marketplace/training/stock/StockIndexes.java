package ladakh.crafts.marketplace.training.stock;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the stock register's indexes at start (an existing index is a no-op). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StockIndexes implements ApplicationRunner {

	private final StockMovementRepository lines;

	private final StockBalanceRepository balances;

	StockIndexes(StockMovementRepository lines, StockBalanceRepository balances) {
		this.lines = lines;
		this.balances = balances;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.lines.createIndexes().then(this.balances.createIndexes()).block(Duration.ofMinutes(1));
	}

}
