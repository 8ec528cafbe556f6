package ladakh.crafts.marketplace.catalog;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;

import org.springframework.stereotype.Service;

/**
 * The officers' side of the catalog: the review queue of sellers' first listings, approve
 * or reject them, and take a listing down with a reason. Each decision is one conditional
 * update (a listing decided by another officer meanwhile is refused) and goes to the
 * audit trail.
 */
@Service
public class ListingReviews {

	private final ListingWrites writes;

	private final AuditTrail audit;

	ListingReviews(ListingWrites writes, AuditTrail audit) {
		this.writes = writes;
		this.audit = audit;
	}

	/** Listings waiting for an officer, oldest first. */
	public Flux<Listing> reviewQueue() {
		return this.writes.collection()
			.flatMapMany((listings) -> listings.find(Filters.eq("status", ListingStatus.PENDING_REVIEW.name()))
				.sort(Sorts.ascending("updatedAt"))
				.limit(200))
			.map(Listing::of);
	}

	/** Published listings, newest first, for an officer looking for one to take down. */
	public Flux<Listing> live(int limit) {
		return this.writes.collection()
			.flatMapMany((listings) -> listings.find(Filters.in("status",
					List.of(ListingStatus.PUBLISHED.name(), ListingStatus.SOLD_OUT.name(),
							ListingStatus.PAUSED.name())))
				.sort(Sorts.descending("updatedAt"))
				.limit(limit))
			.map(Listing::of);
	}

	/** PENDING_REVIEW → PUBLISHED (or SOLD_OUT), recorded in the audit trail. */
	public Mono<Listing> approve(String id, MarketplaceUser officer) {
		Instant now = this.writes.now();
		Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("status", ListingStatus.PENDING_REVIEW.name()));
		Mono<Document> moved = this.writes.goLive(filter, now, Updates.min("publishedAt", Date.from(now)),
				Updates.set("review", review("APPROVED", officer, now, null)), Updates.unset("statusReason"));
		return decided(moved, id, officer, "LISTING_APPROVED", null, "listing.refused.notPending");
	}

	/** PENDING_REVIEW → DRAFT with the officer's reason, shown to the seller. */
	public Mono<Listing> reject(String id, MarketplaceUser officer, String reason) {
		return withReason(reason).flatMap((why) -> {
			Instant now = this.writes.now();
			Bson filter = Filters.and(Filters.eq("_id", id), Filters.eq("status", ListingStatus.PENDING_REVIEW.name()));
			return decided(
					this.writes.modify(filter,
							ListingWrites.move(ListingStatus.DRAFT, now, Updates.set("statusReason", why),
									Updates.set("review", review("REJECTED", officer, now, why)))),
					id, officer, "LISTING_REJECTED", why, "listing.refused.notPending");
		});
	}

	/** A live (or pending) listing → REMOVED, with the officer's reason. */
	public Mono<Listing> takeDown(String id, MarketplaceUser officer, String reason) {
		return withReason(reason).flatMap((why) -> {
			Instant now = this.writes.now();
			Bson filter = Filters.and(Filters.eq("_id", id),
					Filters.in("status", ListingWrites.names(ListingStatus.TAKE_DOWN_FROM)));
			return decided(
					this.writes.modify(filter,
							ListingWrites.move(ListingStatus.REMOVED, now, Updates.set("statusReason", why),
									Updates.set("review", review("TAKEN_DOWN", officer, now, why)))),
					id, officer, "LISTING_TAKEN_DOWN", why, "listing.refused.notLive");
		});
	}

	private Mono<Listing> decided(Mono<Document> moved, String id, MarketplaceUser officer, String action,
			String reason, String code) {
		return this.writes.changed(moved.map(Listing::of))
			.switchIfEmpty(this.writes.find(Filters.eq("_id", id))
				.switchIfEmpty(Mono.error(ListingRefused::notFound))
				.flatMap((listing) -> Mono.error(new ListingRefused(ListingRefused.Kind.CONFLICT, code))))
			.flatMap((listing) -> this.audit
				.record(officer, action, "LISTING", id, reason,
						Map.of("sellerId", listing.sellerId(), "status", listing.status().name()))
				.thenReturn(listing));
	}

	private static Mono<String> withReason(String reason) {
		if (reason == null || reason.isBlank()) {
			return Mono.error(new InvalidListing(Map.of("reason", List.of("listing.error.reasonRequired"))));
		}
		if (reason.strip().length() > ListingRules.MAX_NOTES) {
			return Mono.error(new InvalidListing(Map.of("reason", List.of("listing.error.tooLong"))));
		}
		return Mono.just(reason.strip());
	}

	private static Document review(String decision, MarketplaceUser officer, Instant now, String reason) {
		return new Document("decision", decision).append("by", officer.id())
			.append("at", Date.from(now))
			.append("reason", reason);
	}

}
