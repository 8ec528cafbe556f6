package ladakh.crafts.marketplace.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.catalog.InvalidListing;
import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.ListingReviews;
import ladakh.crafts.marketplace.catalog.Listings;
import ladakh.crafts.marketplace.sellers.SellerNames;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The officers' listing pages: the review queue of sellers' first listings, approval or
 * rejection with a reason, and taking a live listing down with a reason.
 */
@Controller
class StaffListingPages {

	private static final int LIVE_SHOWN = 50;

	private final Listings listings;

	private final ListingReviews reviews;

	private final ListingMessages messages;

	private final SellerNames sellerNames;

	StaffListingPages(Listings listings, ListingReviews reviews, ListingMessages messages, SellerNames sellerNames) {
		this.listings = listings;
		this.reviews = reviews;
		this.messages = messages;
		this.sellerNames = sellerNames;
	}

	@GetMapping("/staff/listings")
	Mono<Rendering> queue(@RequestParam(required = false) String done) {
		return this.reviews.reviewQueue()
			.collectList()
			.zipWith(this.reviews.live(LIVE_SHOWN).collectList())
			.flatMap((found) -> this.sellerNames
				.of(java.util.stream.Stream.concat(found.getT1().stream(), found.getT2().stream())
					.map(Listing::sellerId)
					.collect(java.util.stream.Collectors.toSet()))
				.map((names) -> Rendering.view("catalog/staff/queue")
					.modelAttribute("pending", found.getT1())
					.modelAttribute("live", found.getT2())
					.modelAttribute("sellerNames", names)
					.modelAttribute("done", (done != null && done.matches("[a-z]{1,20}")) ? done : null)
					.build()));
	}

	@GetMapping("/staff/listings/{id}")
	Mono<Rendering> listing(@PathVariable String id) {
		return one(id).map((listing) -> page(listing, Map.of(), null, HttpStatus.OK));
	}

	@PostMapping("/staff/listings/{id}/approve")
	Mono<Rendering> approve(@AuthenticationPrincipal MarketplaceUser officer, @PathVariable String id,
			ServerWebExchange exchange) {
		return decide(id, this.reviews.approve(id, officer), "approved", exchange);
	}

	@PostMapping("/staff/listings/{id}/reject")
	Mono<Rendering> reject(@AuthenticationPrincipal MarketplaceUser officer, @PathVariable String id,
			@ModelAttribute ReasonForm form, ServerWebExchange exchange) {
		return decide(id, this.reviews.reject(id, officer, form.reason()), "rejected", exchange);
	}

	@PostMapping("/staff/listings/{id}/take-down")
	Mono<Rendering> takeDown(@AuthenticationPrincipal MarketplaceUser officer, @PathVariable String id,
			@ModelAttribute ReasonForm form, ServerWebExchange exchange) {
		return decide(id, this.reviews.takeDown(id, officer, form.reason()), "removed", exchange);
	}

	private Mono<Rendering> decide(String id, Mono<Listing> decision, String done, ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		Locale reader = (locale != null) ? locale : Locale.ENGLISH;
		return one(id).flatMap((listing) -> decision
			.map((decided) -> Rendering.redirectTo("/staff/listings?done=" + done).build())
			.onErrorResume(InvalidListing.class,
					(ex) -> Mono
						.just(page(listing, this.messages.texts(ex.errors(), reader), null, HttpStatus.BAD_REQUEST)))
			.onErrorResume(Refusal.class, (ex) -> Mono
				.just(page(listing, Map.of(), this.messages.text(ex.messageKey(), reader), HttpStatus.CONFLICT))));
	}

	private Mono<Listing> one(String id) {
		return this.listings.any(id)
			.onErrorMap(Refusal.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static Rendering page(Listing listing, Map<String, List<String>> errors, String problem,
			HttpStatus status) {
		return Rendering.view("catalog/staff/listing")
			.status(status)
			.modelAttribute("listing", listing)
			.modelAttribute("errors", errors)
			.modelAttribute("problem", problem)
			.build();
	}

}
