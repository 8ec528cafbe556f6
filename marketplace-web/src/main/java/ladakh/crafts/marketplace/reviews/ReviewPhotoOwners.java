package ladakh.crafts.marketplace.reviews;

import ladakh.crafts.marketplace.media.PhotoAudience;
import ladakh.crafts.marketplace.media.PhotoOwners;
import ladakh.crafts.marketplace.media.PhotoStore;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A review's photo is public while the review is shown; once an officer hid it, only
 * staff and the listing's seller see it.
 */
@Component
@Order(5)
class ReviewPhotoOwners implements PhotoOwners {

	private final ReviewRepository reviews;

	ReviewPhotoOwners(ReviewRepository reviews) {
		this.reviews = reviews;
	}

	@Override
	public Mono<PhotoAudience> audienceOf(PhotoStore.StoredPhoto photo) {
		if (photo.ownerId() == null || !photo.ownerId().startsWith("rev-")) {
			return Mono.empty();
		}
		return this.reviews.find(photo.ownerId())
			.map((review) -> review.hidden() ? PhotoAudience.staffAndSeller(review.sellerId())
					: PhotoAudience.anyone());
	}

}
