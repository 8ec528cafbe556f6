package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Duration;

import ladakh.crafts.marketplace.treasury.RevenueLedger;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the payouts' indexes, and the ledger's ones they read by, at start. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(PayoutProperties.class)
class PayoutIndexes implements ApplicationRunner {

	private final PayoutRunRepository runs;

	private final PayoutLineRepository lines;

	private final PayoutItemRepository items;

	private final RevenueLedger ledger;

	PayoutIndexes(PayoutRunRepository runs, PayoutLineRepository lines, PayoutItemRepository items,
			RevenueLedger ledger) {
		this.runs = runs;
		this.lines = lines;
		this.items = items;
		this.ledger = ledger;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.runs.createIndexes()
			.then(this.lines.createIndexes())
			.then(this.items.createIndexes())
			.then(this.ledger.createPayoutIndexes())
			.block(Duration.ofMinutes(1));
	}

}
