package ladakh.crafts.marketplace.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;

import org.springframework.stereotype.Service;

/**
 * The officers' side of the catalog: the review queue of sellers' first listings, approve
 * or reject them, and take a listing down with a reason. {@link Listing} decides each
 * decision, persisted conditionally (a listing decided by another officer meanwhile is
 * refused), and it goes to the audit trail.
 */
@Service
public class ListingReviews {

	private final ListingRepository repository;

	private final AuditTrail audit;

	ListingReviews(ListingRepository repository, AuditTrail audit) {
		this.repository = repository;
		this.audit = audit;
	}

	/**
	 * How many waiting listings the officers' queue shows at once: the house page. The
	 * queue is worked oldest first, one listing at a time, so more rows only make every
	 * visit slower once the queue is long (200 rows took 5x the demo's time at 100,000
	 * listings).
	 */
	public static final int QUEUE_PAGE = Page.SIZE;

	/** A page of the listings waiting for an officer, oldest first. */
	public Mono<Page<Listing>> reviewQueue(After after) {
		return this.repository.inStatus(List.of(ListingStatus.PENDING_REVIEW), true, after, QUEUE_PAGE + 1)
			.collectList()
			.map((read) -> Page.of(read, QUEUE_PAGE, Listing::position));
	}

	/**
	 * A page of the live listings, newest change first, for an officer looking for one to
	 * take down.
	 */
	public Mono<Page<Listing>> live(After after) {
		return this.repository
			.inStatus(List.of(ListingStatus.PUBLISHED, ListingStatus.SOLD_OUT, ListingStatus.PAUSED), false, after,
					Page.SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, Page.SIZE, Listing::position));
	}

	/** PENDING_REVIEW → PUBLISHED (or SOLD_OUT), recorded in the audit trail. */
	public Mono<Listing> approve(String id, MarketplaceUser officer) {
		return decided(id, officer, "LISTING_APPROVED", null, (listing, now) -> listing.approve(officer.id(), now));
	}

	/** PENDING_REVIEW → DRAFT with the officer's reason, shown to the seller. */
	public Mono<Listing> reject(String id, MarketplaceUser officer, String reason) {
		return decided(id, officer, "LISTING_REJECTED", reason,
				(listing, now) -> listing.reject(officer.id(), reason, now));
	}

	/** A live (or pending) listing → REMOVED, with the officer's reason. */
	public Mono<Listing> takeDown(String id, MarketplaceUser officer, String reason) {
		return decided(id, officer, "LISTING_TAKEN_DOWN", reason,
				(listing, now) -> listing.takeDown(officer.id(), reason, now));
	}

	private Mono<Listing> decided(String id, MarketplaceUser officer, String action, String reason,
			BiFunction<Listing, Instant, Listing> decide) {
		return this.repository
			.move(() -> this.repository.find(id).switchIfEmpty(Mono.error(Listing::notFound)), decide,
					ListingRepository.ATTEMPTS, null)
			.flatMap((listing) -> this.audit
				.record(officer, action, "LISTING", id, (reason != null) ? reason.strip() : null,
						Map.of("sellerId", listing.sellerId(), "status", listing.status().name()))
				.thenReturn(listing));
	}

}
