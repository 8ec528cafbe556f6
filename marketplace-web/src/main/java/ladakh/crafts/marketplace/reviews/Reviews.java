package ladakh.crafts.marketplace.reviews;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import ladakh.crafts.marketplace.orders.OrderPart;
import ladakh.crafts.marketplace.orders.Orders;
import ladakh.crafts.marketplace.orders.PartStatus;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Reviews of listings by verified buyers: the buyer of a delivered order part reviews a
 * listing of that part once, the seller answers once, an officer hides a review with a
 * reason (audited). The rating summary follows each review that is written or hidden.
 */
@Service
public class Reviews {

	/** Reviews shown on the product page. */
	public static final int ON_PRODUCT_PAGE = 5;

	/** The largest photo a review may carry. */
	public static final int MAX_PHOTO_BYTES = ReviewPhotos.MAX_BYTES;

	/** Reviews on one page of a listing's reviews. */
	public static final int PAGE_SIZE = 20;

	private final ReviewRepository reviews;

	private final RatingSummaryRepository ratings;

	private final Orders orders;

	private final AuditTrail audit;

	private final ReviewPhotos photos;

	private final Clock clock;

	Reviews(ReviewRepository reviews, RatingSummaryRepository ratings, Orders orders, AuditTrail audit,
			ReviewPhotos photos, Clock clock) {
		this.reviews = reviews;
		this.photos = photos;
		this.ratings = ratings;
		this.orders = orders;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The delivered part that lets this person review this listing: refused (FORBIDDEN)
	 * unless they are its buyer, it was delivered and it holds the listing; CONFLICT when
	 * they reviewed it already.
	 */
	public Mono<Void> mayReview(MarketplaceUser buyer, String listingId, String partId) {
		return delivered(buyer, listingId, partId).flatMap((part) -> this.reviews.exists(part.id(), listingId))
			.flatMap((exists) -> exists ? Mono.error(Refusal.conflict("review.refused.twice")) : Mono.empty());
	}

	/**
	 * Writes the buyer's review (with a photo when {@code photo} holds one, checked by
	 * its content and re-encoded) and counts it in the listing's rating.
	 */
	public Mono<Review> write(MarketplaceUser buyer, String listingId, String partId, String stars, String text,
			byte[] photo) {
		boolean withPhoto = photo != null && photo.length > 0;
		return delivered(buyer, listingId, partId)
			.map((part) -> Review.write("rev-" + UUID.randomUUID(), part, listingId, author(buyer), stars, text,
					withPhoto ? "review-photo-" + UUID.randomUUID() : null, this.clock.instant()))
			.flatMap((review) -> withPhoto ? stored(review, photo) : this.reviews.insert(review))
			// Only the insert that won the unique index gets here, so each review counts
			// once.
			.flatMap((review) -> this.ratings.add(listingId, review.stars()).thenReturn(review));
	}

	private Mono<Review> stored(Review review, byte[] photo) {
		// A second review is refused before its photo costs a decoding slot.
		return this.reviews.exists(review.partId(), review.listingId())
			.flatMap((exists) -> exists ? Mono.error(Refusal.conflict("review.refused.twice"))
					: this.photos.reencode(photo))
			.flatMap((jpeg) -> this.photos.store(review.photoId(), review.id(), jpeg))
			.then(this.reviews.insert(review))
			.onErrorResume((ex) -> ex instanceof Refusal refusal && refusal.kind() == Refusal.Kind.CONFLICT,
					(ex) -> this.photos.delete(review.photoId()).then(Mono.error(ex)));
	}

	/** The seller's one answer to a review of their listing. */
	public Mono<Review> answer(MarketplaceUser seller, String reviewId, String words) {
		return found(reviewId).flatMap((review) -> {
			if (review.hidden()) {
				return Mono.error(Refusal.notFound("review.refused.notFound"));
			}
			Review answered = review.answer(seller.sellerId(), words, this.clock.instant());
			return this.reviews.saveAnswer(answered)
				.flatMap((saved) -> saved ? Mono.just(answered)
						: Mono.error(Refusal.conflict("review.refused.answered")));
		});
	}

	/**
	 * An officer hides a review: it leaves the page and the average, and the audit trail
	 * keeps why.
	 */
	public Mono<Review> hide(MarketplaceUser officer, String reviewId, String reason) {
		return found(reviewId).flatMap((review) -> {
			Review hidden = review.hide(officer.id(), reason, this.clock.instant());
			return this.reviews.saveHidden(hidden)
				.flatMap((saved) -> saved ? Mono.just(hidden) : Mono.error(Refusal.conflict("review.refused.hidden")));
		})
			// Only the update that hid it gets here, so the rating loses it once.
			.flatMap((hidden) -> this.ratings.remove(hidden.listingId(), hidden.stars())
				.then(this.audit.record(officer, "REVIEW_HIDDEN", "REVIEW", hidden.id(), hidden.hiddenReason(),
						Map.of("listingId", hidden.listingId(), "sellerId", hidden.sellerId(), "stars",
								hidden.stars())))
				.thenReturn(hidden));
	}

	/** What the product page shows: the rating and the newest shown reviews. */
	public Mono<ListingRating> onProductPage(String listingId) {
		return page(listingId, null, ON_PRODUCT_PAGE);
	}

	/** One page of a listing's shown reviews, newest first, with its rating. */
	public Mono<ListingRating> page(String listingId, After after, int size) {
		return Mono
			.zip(this.ratings.find(listingId),
					this.reviews.shownOf(listingId, after, size + 1)
						.collectList()
						.map((read) -> Page.of(read, size, (review) -> After.of(review.createdAt(), review.id()))))
			.map((both) -> new ListingRating(listingId, both.getT1(), both.getT2()));
	}

	/**
	 * One page of the shown reviews of the signed-in seller's pieces, newest first, for
	 * their reviews page (answered or not).
	 */
	public Mono<Page<Review>> ofSeller(MarketplaceUser seller, After after) {
		return this.reviews.shownOfSeller(seller.sellerId(), after, PAGE_SIZE + 1)
			.collectList()
			.map((read) -> Page.of(read, PAGE_SIZE, (review) -> After.of(review.createdAt(), review.id())));
	}

	public Mono<Review> find(String reviewId) {
		return this.reviews.find(reviewId);
	}

	private Mono<Review> found(String reviewId) {
		return this.reviews.find(reviewId).switchIfEmpty(Mono.error(() -> Refusal.notFound("review.refused.notFound")));
	}

	private Mono<Review.DeliveredPart> delivered(MarketplaceUser buyer, String listingId, String partId) {
		Refusal notBuyer = Refusal.forbidden("review.refused.notBuyer");
		if (buyer == null || partId == null || partId.isBlank()) {
			return Mono.error(notBuyer);
		}
		return this.orders.part(partId)
			.filter((part) -> verified(part, buyer, listingId))
			.map((part) -> new Review.DeliveredPart(part.id(), part.buyerId(), part.sellerId()))
			.switchIfEmpty(Mono.error(notBuyer));
	}

	private static boolean verified(OrderPart part, MarketplaceUser buyer, String listingId) {
		return part.status() == PartStatus.DELIVERED && buyer.id().equals(part.buyerId())
				&& part.lines().stream().anyMatch((line) -> line.listingId().equals(listingId));
	}

	private static String author(MarketplaceUser buyer) {
		String name = (buyer.displayName() != null && !buyer.displayName().isBlank()) ? buyer.displayName().strip()
				: "";
		// The first name only, or nothing (the page then says "a verified buyer"): a
		// buyer's login is an email address and never shown.
		int space = name.indexOf(' ');
		String first = (space > 0) ? name.substring(0, space) : name;
		return (first.contains("@") || first.length() > 40) ? "" : first;
	}

	/**
	 * A listing's rating and one page of its shown reviews.
	 *
	 * @param listingId the listing
	 * @param rating the average over shown reviews
	 * @param reviews newest first
	 */
	public record ListingRating(String listingId, Rating rating, Page<Review> reviews) {

	}

}
