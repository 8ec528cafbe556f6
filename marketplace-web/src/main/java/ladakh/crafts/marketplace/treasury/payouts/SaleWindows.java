package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.orders.Orders;
import ladakh.crafts.marketplace.orders.PartStatus;
import ladakh.crafts.marketplace.orders.SellerPolicies;
import ladakh.crafts.marketplace.treasury.RevenueLedger.OwedLine;

import org.springframework.stereotype.Component;

/**
 * When a ledger line may be paid out: an online sale once its seller's return window
 * after delivery has passed (or once the part was cancelled or returned: its refund line
 * then cancels it out); stall and artisan-complex sales, refunds and reversals at once.
 */
@Component
class SaleWindows {

	private final Orders orders;

	private final SellerPolicies policies;

	SaleWindows(Orders orders, SellerPolicies policies) {
		this.orders = orders;
		this.policies = policies;
	}

	Mono<Boolean> payable(OwedLine line, Instant cutoff) {
		if (!"SALE".equals(line.kind()) || !"ONLINE".equals(line.channel()) || line.partId() == null) {
			return Mono.just(true);
		}
		return this.orders.part(line.partId()).flatMap((part) -> {
			if (part.status() == PartStatus.CANCELLED || part.status() == PartStatus.RETURNED) {
				return Mono.just(true);
			}
			if (part.status() != PartStatus.DELIVERED || part.deliveredAt() == null) {
				return Mono.just(false);
			}
			return this.policies.of(line.sellerId())
				.map((policy) -> !part.deliveredAt().plus(Duration.ofDays(policy.returnWindowDays())).isAfter(cutoff));
		}).defaultIfEmpty(false);
	}

}
