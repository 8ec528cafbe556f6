package ladakh.crafts.marketplace.catalog;

import java.time.Instant;

import ladakh.crafts.marketplace.shared.Backlog;
import ladakh.crafts.marketplace.shared.WaitingAges;
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

	/** {@link #awaitingReview()} by how long each has waited, by {@code now}. */
	public Mono<WaitingAges> awaitingReviewByAge(Instant now) {
		return this.listings.ages(ListingStatus.PENDING_REVIEW, now);
	}

}
