package ladakh.crafts.marketplace.treasury;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Creates the revenue ledger's index at start (creating an existing index is a no-op).
 */
@Component
@org.springframework.core.annotation.Order(Ordered.HIGHEST_PRECEDENCE)
class TreasuryIndexes implements ApplicationRunner {

	private final LedgerRepository ledger;

	TreasuryIndexes(LedgerRepository ledger) {
		this.ledger = ledger;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.ledger.createIndexes().block(java.time.Duration.ofMinutes(1));
	}

}
