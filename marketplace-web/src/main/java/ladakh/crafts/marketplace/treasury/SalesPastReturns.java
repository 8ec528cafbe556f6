package ladakh.crafts.marketplace.treasury;

import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * Whether an online sale (a seller part) may be paid out by a moment: past the seller's
 * return window after delivery, or closed (cancelled or returned, its refund line then
 * cancels it out). The orders area answers it (it owns parts and return windows), so the
 * treasury never reads the orders' collections and the areas form no cycle.
 */
public interface SalesPastReturns {

	Mono<Boolean> payable(String partId, String sellerId, Instant cutoff);

}
