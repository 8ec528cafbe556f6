package ladakh.crafts.marketplace.catalog;

import ladakh.crafts.marketplace.shared.Backlog;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/** Listings waiting for an officer's review, for the dashboards. */
@Service
public class ReviewBacklog {

	private final ListingRepository listings;

	ReviewBacklog(ListingRepository listings) {
		this.listings = listings;
	}

	/** Listings sent for review: how many, and since when the oldest has waited. */
	public Mono<Backlog> awaitingReview() {
		return this.listings.backlog(ListingStatus.PENDING_REVIEW);
	}

}
