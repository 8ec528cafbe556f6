package ladakh.crafts.marketplace.reviews.web;

import java.time.Instant;
import java.util.List;

import ladakh.crafts.marketplace.reviews.Review;
import ladakh.crafts.marketplace.reviews.Reviews;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.NextLink;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A listing's reviews as JSON (anyone), and a verified buyer's review (403 when the part
 * is not theirs, delivered and holding the listing; 409 for a second one). Photos are
 * sent through the page's form only.
 */
@RestController
class ReviewApi {

	private final Reviews reviews;

	ReviewApi(Reviews reviews) {
		this.reviews = reviews;
	}

	@GetMapping("/api/v1/listings/{id}/reviews")
	Mono<ResponseEntity<ReviewsJson>> reviews(@PathVariable String id, @RequestParam(required = false) String after) {
		return this.reviews.page(id, After.parse(after), Reviews.PAGE_SIZE)
			.map((rating) -> NextLink
				.on(rating.reviews(),
						UriComponentsBuilder.fromPath("/api/v1/listings/{id}/reviews")
							.uriVariables(java.util.Map.of("id", id)))
				.body(ReviewsJson.of(rating)));
	}

	@PostMapping("/api/v1/listings/{id}/reviews")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ReviewJson> write(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id,
			@RequestBody ReviewBody body) {
		return this.reviews.write(buyer, id, body.part(), body.stars(), body.text(), null).map(ReviewJson::of);
	}

	/**
	 * A review as a buyer sends it.
	 *
	 * @param part the delivered order part
	 * @param stars 1 to 5
	 * @param text their words
	 */
	record ReviewBody(String part, String stars, String text) {
	}

	/**
	 * A listing's rating and one page of its shown reviews, newest first.
	 *
	 * @param listingId the listing
	 * @param average to one decimal, or null with no reviews
	 * @param count shown reviews
	 * @param reviews this page
	 */
	record ReviewsJson(String listingId, String average, long count, List<ReviewJson> reviews) {

		static ReviewsJson of(Reviews.ListingRating rating) {
			return new ReviewsJson(rating.listingId(), rating.rating().averageText(), rating.rating().count(),
					rating.reviews().items().stream().map(ReviewJson::of).toList());
		}

	}

	/**
	 * One shown review.
	 *
	 * @param id the review
	 * @param stars 1 to 5
	 * @param text the buyer's words
	 * @param author the buyer's first name, or empty
	 * @param photoUrl its photo, or null
	 * @param answer the seller's answer, or null
	 * @param createdAt when written
	 */
	record ReviewJson(String id, int stars, String text, String author, String photoUrl, String answer,
			Instant createdAt) {

		static ReviewJson of(Review review) {
			return new ReviewJson(review.id(), review.stars(), review.text(), review.author(),
					(review.photoId() != null) ? "/media/" + review.photoId() : null, review.answer(),
					review.createdAt());
		}

	}

}
