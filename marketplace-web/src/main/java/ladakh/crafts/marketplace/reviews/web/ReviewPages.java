package ladakh.crafts.marketplace.reviews.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.ListingQueries;
import ladakh.crafts.marketplace.reviews.Review;
import ladakh.crafts.marketplace.reviews.Reviews;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * A listing's reviews (all of them, paged), the verified buyer's review form, the
 * seller's reviews of their pieces and their answer, and the officer's hiding. Refusals
 * other than a form's own mistakes go to the error page (403 not a verified buyer, 409 a
 * second review or answer).
 */
@Controller
class ReviewPages {

	/** An answer form's {@code back} when it was sent from the seller's reviews page. */
	static final String BACK_TO_LIST = "list";

	private final Reviews reviews;

	private final ListingQueries listings;

	private final MessageSource messages;

	ReviewPages(Reviews reviews, ListingQueries listings, MessageSource messages) {
		this.reviews = reviews;
		this.listings = listings;
		this.messages = messages;
	}

	@GetMapping("/listings/{id}/reviews")
	Mono<Rendering> all(@PathVariable String id, @RequestParam(required = false) String after) {
		return this.reviews.page(id, After.parse(after), Reviews.PAGE_SIZE)
			.map((rating) -> Rendering.view("reviews/list").modelAttribute("reviews", rating).build());
	}

	@GetMapping("/listings/{id}/review")
	Mono<Rendering> form(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id,
			@RequestParam(required = false) String part) {
		return this.reviews.mayReview(buyer, id, part)
			.then(Mono.fromSupplier(() -> page(HttpStatus.OK, id, new ReviewForm(part, null, null, null), Map.of())));
	}

	@PostMapping("/listings/{id}/review")
	Mono<Rendering> write(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id,
			@ModelAttribute ReviewForm form, Locale locale) {
		return form.photoBytes()
			.flatMap((photo) -> this.reviews.write(buyer, id, form.part(), form.stars(), form.text(), photo))
			.map((review) -> Rendering.redirectTo("/listings/" + id + "?reviewed#reviews").build())
			.onErrorResume((ex) -> ex instanceof Refusal refusal && refusal.kind() == Refusal.Kind.INVALID, (ex) -> Mono
				.just(page(RefusalStatus.of(Refusal.Kind.INVALID), id, form, errors((Refusal) ex, locale))));
	}

	/**
	 * The reviews of the seller's own pieces, newest first, each with the piece it is
	 * about (the page's pieces read together by key) and the answer, or a form to give
	 * it.
	 */
	@GetMapping("/seller/reviews")
	Mono<Rendering> ofSeller(@AuthenticationPrincipal MarketplaceUser seller,
			@RequestParam(required = false) String after) {
		return this.reviews.ofSeller(seller, After.parse(after))
			.flatMap((page) -> this.listings
				.visibleAmong(page.items().stream().map(Review::listingId).collect(Collectors.toSet()))
				.collectMap(Listing::id, Listing::title)
				.map((titles) -> Rendering.view("reviews/seller")
					.modelAttribute("reviews", page.items())
					.modelAttribute("titles", titles)
					.modelAttribute("next", page.nextAfter())
					.build()));
	}

	@PostMapping("/seller/reviews/{id}/answer")
	Mono<Rendering> answer(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@ModelAttribute AnswerForm form) {
		return this.reviews.answer(seller, id, form.answer())
			.map((review) -> Rendering
				.redirectTo(BACK_TO_LIST.equals(form.back()) ? "/seller/reviews?answered#review-" + review.id()
						: "/listings/" + review.listingId() + "#review-" + review.id())
				.build());
	}

	@PostMapping("/staff/reviews/{id}/hide")
	Mono<Rendering> hide(@AuthenticationPrincipal MarketplaceUser officer, @PathVariable String id,
			@ModelAttribute HideForm form) {
		return this.reviews.hide(officer, id, form.reason())
			.map((review) -> Rendering.redirectTo("/listings/" + review.listingId() + "#reviews").build());
	}

	/**
	 * What a buyer sent: the delivered part, stars as typed, their words, and a photo if
	 * they chose one (read up to its limit and no further).
	 */
	record ReviewForm(String part, String stars, String text, Part photo) {

		Mono<byte[]> photoBytes() {
			if (!(this.photo instanceof FilePart file) || file.filename().isBlank()) {
				return Mono.just(new byte[0]);
			}
			return DataBufferUtils.join(file.content(), Reviews.MAX_PHOTO_BYTES).map((buffer) -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return bytes;
			})
				.onErrorMap(DataBufferLimitException.class,
						(ex) -> Refusal.invalid("listing.photo.tooLarge").at("photo"))
				.defaultIfEmpty(new byte[0]);
		}

	}

	/** The seller's answer, and where it was given ({@code list}: their reviews page). */
	record AnswerForm(String answer, String back) {
	}

	/** Why an officer hides a review. */
	record HideForm(String reason) {
	}

	private Map<String, List<String>> errors(Refusal refusal, Locale locale) {
		List<Refusal.FieldProblem> problems = refusal.problems().isEmpty()
				? List.of(new Refusal.FieldProblem((refusal.field() != null) ? refusal.field() : "text",
						refusal.messageKey(), refusal.arguments()))
				: refusal.problems();
		return problems.stream()
			.collect(Collectors.groupingBy(Refusal.FieldProblem::field,
					Collectors.mapping(
							(problem) -> this.messages.getMessage(problem.messageKey(), problem.arguments(), locale),
							Collectors.toList())));
	}

	private static Rendering page(HttpStatus status, String listingId, ReviewForm form,
			Map<String, List<String>> errors) {
		return Rendering.view("reviews/write")
			.status(status)
			.modelAttribute("listingId", listingId)
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("maxText", Review.MAX_TEXT)
			.modelAttribute("minText", Review.MIN_TEXT)
			.build();
	}

}
