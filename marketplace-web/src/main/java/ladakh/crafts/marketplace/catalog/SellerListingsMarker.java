package ladakh.crafts.marketplace.catalog;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.util.retry.Retry;

import ladakh.crafts.marketplace.sellers.SellerStatusChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a seller is suspended or reinstated, marks all their listings changed so the index
 * shows or hides them. The event arrives on a reactive thread, so the update runs there
 * without blocking, retried a few times; a failure is logged for the staff.
 */
@Component
class SellerListingsMarker {

	private static final Logger logger = LoggerFactory.getLogger(SellerListingsMarker.class);

	private final Listings listings;

	SellerListingsMarker(Listings listings) {
		this.listings = listings;
	}

	@EventListener
	void on(SellerStatusChanged changed) {
		this.listings.remarkSeller(changed.sellerId())
			.retryWhen(Retry.backoff(3, Duration.ofMillis(200)))
			.subscribe(
					(count) -> logger.info("Seller {} is {}: {} listings marked for the index", changed.sellerId(),
							changed.status(), count),
					(ex) -> logger.error("Could not mark the listings of seller {} for the index", changed.sellerId(),
							ex));
	}

}
