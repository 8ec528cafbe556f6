package ladakh.crafts.marketplace.orders;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.treasury.SalesPastReturns;

import org.springframework.stereotype.Component;

/**
 * Tells the treasury when a seller part's sale may be paid out: once the seller's return
 * window after delivery has passed, or once the part was closed (cancelled or returned:
 * its refund line cancels the sale out).
 */
@Component
class ReturnWindows implements SalesPastReturns {

	private final OrderPartRepository parts;

	private final SellerPolicies policies;

	ReturnWindows(OrderPartRepository parts, SellerPolicies policies) {
		this.parts = parts;
		this.policies = policies;
	}

	@Override
	public Mono<Boolean> payable(String partId, String sellerId, Instant cutoff) {
		return this.parts.part(partId).flatMap((part) -> {
			if (part.status() == PartStatus.CANCELLED || part.status() == PartStatus.RETURNED) {
				return Mono.just(true);
			}
			if (part.status() != PartStatus.DELIVERED || part.deliveredAt() == null) {
				return Mono.just(false);
			}
			return this.policies.of(sellerId)
				.map((policy) -> !part.deliveredAt().plus(Duration.ofDays(policy.returnWindowDays())).isAfter(cutoff));
		}).defaultIfEmpty(false);
	}

}
