package ladakh.crafts.marketplace.training.stock;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the stock register's indexes at start (an existing index is a no-op), then
 * gives balances stored before reorder levels their headroom (once).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StockIndexes implements ApplicationRunner {

	private final StockMovementRepository lines;

	private final StockBalanceRepository balances;

	private final ReorderLevels levels;

	StockIndexes(StockMovementRepository lines, StockBalanceRepository balances, ReorderLevels levels) {
		this.lines = lines;
		this.balances = balances;
		this.levels = levels;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.lines.createIndexes()
			.then(this.balances.createIndexes())
			.then(this.levels.backfill())
			.block(Duration.ofMinutes(1));
	}

}
