package ladakh.crafts.marketplace.treasury.deposits;

import java.time.Duration;

import ladakh.crafts.marketplace.treasury.RevenueLedger;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes the deposits' and the reconciliation's queries are served by
 * (decision 0070), the ledger's receipts index included, at start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DepositIndexes implements ApplicationRunner {

	private final DepositRepository deposits;

	private final AllocationRepository allocations;

	private final RevenueLedger ledger;

	DepositIndexes(DepositRepository deposits, AllocationRepository allocations, RevenueLedger ledger) {
		this.deposits = deposits;
		this.allocations = allocations;
		this.ledger = ledger;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.deposits.createIndexes()
			.then(this.allocations.createIndexes())
			.then(this.ledger.createTreasuryReceiptIndexes())
			.block(Duration.ofMinutes(1));
	}

}
