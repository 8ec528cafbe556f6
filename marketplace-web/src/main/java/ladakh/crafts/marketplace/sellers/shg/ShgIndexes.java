package ladakh.crafts.marketplace.sellers.shg;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the indexes of this part's own collection at start (a no-op when present). */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ShgIndexes implements ApplicationRunner {

	private final FundLedgerRepository ledger;

	ShgIndexes(FundLedgerRepository ledger) {
		this.ledger = ledger;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.ledger.createIndexes().block(Duration.ofMinutes(1));
	}

}
