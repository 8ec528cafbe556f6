package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Instant;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.treasury.RevenueLedger.OwedLine;
import ladakh.crafts.marketplace.treasury.SalesPastReturns;

import org.springframework.stereotype.Component;

/**
 * When a ledger line may be paid out: an online sale once the orders area says it is past
 * its return window ({@link SalesPastReturns}); stall and artisan-complex sales, refunds
 * and reversals at once.
 */
@Component
class SaleWindows {

	private final SalesPastReturns returns;

	SaleWindows(SalesPastReturns returns) {
		this.returns = returns;
	}

	Mono<Boolean> payable(OwedLine line, Instant cutoff) {
		if (!"SALE".equals(line.kind()) || !"ONLINE".equals(line.channel()) || line.partId() == null) {
			return Mono.just(true);
		}
		return this.returns.payable(line.partId(), line.sellerId(), cutoff);
	}

}
