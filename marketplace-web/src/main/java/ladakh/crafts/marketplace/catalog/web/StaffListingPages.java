package ladakh.crafts.marketplace.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.catalog.InvalidListing;
import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.ListingReviews;
import ladakh.crafts.marketplace.catalog.Listings;
import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.sellers.SellerNames;
import ladakh.crafts.marketplace.shared.After;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The officers' listing pages: the review queue of sellers' first listings, approval or
 * rejection with a reason, and taking a live listing down with a reason.
 */
@Controller
class StaffListingPages {

	private final Listings listings;

	private final ListingReviews reviews;

	private final ListingMessages messages;

	private final SellerNames sellerNames;

	private final CraftNames craftNames;

	StaffListingPages(Listings listings, ListingReviews reviews, ListingMessages messages, SellerNames sellerNames,
			CraftNames craftNames) {
		this.craftNames = craftNames;
		this.listings = listings;
		this.reviews = reviews;
		this.messages = messages;
		this.sellerNames = sellerNames;
	}

	@GetMapping("/staff/listings")
	Mono<Rendering> queue(@RequestParam(required = false) String done, @RequestParam(required = false) String after,
			@RequestParam(required = false) String liveAfter) {
		After pendingFrom = After.parse(after);
		After liveFrom = After.parse(liveAfter);
		return this.reviews.reviewQueue(pendingFrom)
			.zipWith(this.reviews.live(liveFrom))
			.flatMap((found) -> this.sellerNames
				.of(java.util.stream.Stream.concat(found.getT1().items().stream(), found.getT2().items().stream())
					.map(Listing::sellerId)
					.collect(java.util.stream.Collectors.toSet()))
				.map((names) -> Rendering.view("catalog/staff/queue")
					.modelAttribute("pending", found.getT1().items())
					.modelAttribute("live", found.getT2().items())
					// each list pages on, the other staying where it is
					.modelAttribute("pendingNext",
							(found.getT1().next() != null) ? query(found.getT1().nextAfter(), liveFrom) : null)
					.modelAttribute("liveNext",
							(found.getT2().next() != null) ? query(pendingFrom, found.getT2().nextAfter()) : null)
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

	private static String query(Object after, Object liveAfter) {
		return UriComponentsBuilder.fromPath("/staff/listings")
			.queryParamIfPresent("after", java.util.Optional.ofNullable(after))
			.queryParamIfPresent("liveAfter", java.util.Optional.ofNullable(liveAfter))
			.encode()
			.build()
			.toUriString();
	}

	private Mono<Listing> one(String id) {
		return this.listings.any(id)
			.onErrorMap(Refusal.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Rendering page(Listing listing, Map<String, List<String>> errors, String problem, HttpStatus status) {
		return Rendering.view("catalog/staff/listing")
			.status(status)
			.modelAttribute("listing", listing)
			// the seller and the craft by name, not by id (issue 14)
			.modelAttribute("sellerName",
					this.sellerNames.of(java.util.Set.of(listing.sellerId()))
						.mapNotNull((names) -> names.get(listing.sellerId())))
			.modelAttribute("craftNames", this.craftNames.all())
			.modelAttribute("errors", errors)
			.modelAttribute("problem", problem)
			.build();
	}

}
