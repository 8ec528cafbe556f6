package ladakh.crafts.marketplace.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.catalog.InvalidListing;
import ladakh.crafts.marketplace.catalog.Listing;
import ladakh.crafts.marketplace.catalog.Listings;
import ladakh.crafts.marketplace.sellers.SellerHome;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The seller's listing pages: their list, the form (new and edit), the photos, and the
 * status actions. Each post redirects on success; a refusal renders a page with a 4xx
 * status and a message. Another seller's listing is not found.
 */
@Controller
class SellerListingPages {

	private final Listings listings;

	private final SellerHome sellers;

	private final ListingMessages messages;

	SellerListingPages(Listings listings, SellerHome sellers, ListingMessages messages) {
		this.listings = listings;
		this.sellers = sellers;
		this.messages = messages;
	}

	@GetMapping("/seller/listings")
	Mono<Rendering> list(@AuthenticationPrincipal MarketplaceUser seller, @RequestParam(required = false) String done,
			@RequestParam(required = false) String after) {
		return this.listings.mine(seller.sellerId(), After.parse(after))
			.zipWith(this.listings.crafts())
			.map((found) -> Rendering.view("catalog/seller/list")
				.modelAttribute("listings", found.getT1().items())
				.modelAttribute("next", found.getT1().nextAfter())
				.modelAttribute("crafts", found.getT2())
				.modelAttribute("done", (done != null && done.matches("[a-z]{1,20}")) ? done : null)
				.build());
	}

	@GetMapping("/seller/listings/new")
	Mono<Rendering> newForm(@AuthenticationPrincipal MarketplaceUser seller) {
		return form(seller, null, ListingForm.empty(), Map.of(), HttpStatus.OK, null);
	}

	@PostMapping("/seller/listings")
	Mono<Rendering> create(@AuthenticationPrincipal MarketplaceUser seller, @ModelAttribute ListingForm form,
			ServerWebExchange exchange) {
		return this.listings.create(seller.sellerId(), form.input())
			.map((listing) -> Rendering.redirectTo("/seller/listings/" + listing.id() + "/photos?done=created").build())
			.onErrorResume(InvalidListing.class, (ex) -> form(seller, null, form,
					this.messages.texts(ex.errors(), locale(exchange)), HttpStatus.BAD_REQUEST, null));
	}

	@GetMapping("/seller/listings/{id}")
	Mono<Rendering> editForm(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id) {
		return mine(seller, id)
			.flatMap((listing) -> form(seller, listing, ListingForm.of(listing), Map.of(), HttpStatus.OK, null));
	}

	@PostMapping("/seller/listings/{id}")
	Mono<Rendering> update(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@ModelAttribute ListingForm form, ServerWebExchange exchange) {
		long version;
		try {
			version = Long.parseLong((form.version() != null) ? form.version().strip() : "");
		}
		catch (NumberFormatException ex) {
			version = -1;
		}
		long expected = version;
		return mine(seller, id)
			.flatMap((listing) -> this.listings.update(seller.sellerId(), id, expected, form.input(), form.shownStock())
				.map((saved) -> Rendering.redirectTo("/seller/listings?done=saved").build())
				.onErrorResume(InvalidListing.class, (ex) -> form(seller, listing, form,
						this.messages.texts(besideStock(ex.errors()), locale(exchange)), HttpStatus.BAD_REQUEST, null))
				.onErrorResume(Refusal.class, (ex) -> form(seller, listing, form, Map.of(), HttpStatus.CONFLICT,
						this.messages.text(ex.messageKey(), locale(exchange)))));
	}

	@GetMapping("/seller/listings/{id}/photos")
	Mono<Rendering> photos(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@RequestParam(required = false) String done) {
		return mine(seller, id).map((listing) -> photosPage(listing, null, HttpStatus.OK,
				(done != null && done.matches("[a-z]{1,20}")) ? done : null));
	}

	@PostMapping(path = "/seller/listings/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<Rendering> addPhoto(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@RequestPart(name = "photo", required = false) Part photo, ServerWebExchange exchange) {
		return mine(seller, id).flatMap((listing) -> ((photo != null) ? PhotoUploads.bytes(photo)
				: Mono.<byte[]>error(Refusal.invalid("listing.photo.missing").at("photo")))
			.flatMap((bytes) -> this.listings.addPhoto(seller.sellerId(), id, bytes))
			.map((saved) -> Rendering.redirectTo("/seller/listings/" + id + "/photos?done=photo").build())
			.onErrorResume(Refusal.class, (ex) -> Mono
				.just(photosPage(listing, this.messages.text(ex.messageKey(), locale(exchange)), switch (ex.kind()) {
					case INVALID -> HttpStatus.BAD_REQUEST;
					case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
					default -> HttpStatus.CONFLICT;
				}, null))));
	}

	@PostMapping("/seller/listings/{id}/photos/{photoId}/delete")
	Mono<Rendering> deletePhoto(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@PathVariable String photoId, ServerWebExchange exchange) {
		return refusals(
				this.listings.deletePhoto(seller.sellerId(), id, photoId)
					.map((saved) -> Rendering.redirectTo("/seller/listings/" + id + "/photos?done=removed").build()),
				exchange);
	}

	@PostMapping("/seller/listings/{id}/photos/{photoId}/move")
	Mono<Rendering> movePhoto(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@PathVariable String photoId, @ModelAttribute MoveForm move, ServerWebExchange exchange) {
		return refusals(
				this.listings.movePhoto(seller.sellerId(), id, photoId, move.step())
					.map((saved) -> Rendering.redirectTo("/seller/listings/" + id + "/photos?done=moved").build()),
				exchange);
	}

	@PostMapping("/seller/listings/{id}/submit")
	Mono<Rendering> submit(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			ServerWebExchange exchange) {
		return refusals(this.listings.submit(seller.sellerId(), id).map((listing) -> done(listing.status().name())),
				exchange);
	}

	@PostMapping("/seller/listings/{id}/pause")
	Mono<Rendering> pause(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			ServerWebExchange exchange) {
		return refusals(this.listings.pause(seller.sellerId(), id).map((listing) -> done("paused")), exchange);
	}

	@PostMapping("/seller/listings/{id}/resume")
	Mono<Rendering> resume(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			ServerWebExchange exchange) {
		return refusals(this.listings.resume(seller.sellerId(), id).map((listing) -> done("resumed")), exchange);
	}

	@PostMapping("/seller/listings/{id}/delete")
	Mono<Rendering> delete(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			ServerWebExchange exchange) {
		return refusals(this.listings.delete(seller.sellerId(), id).map((listing) -> done("deleted")), exchange);
	}

	private static Rendering done(String what) {
		return Rendering.redirectTo("/seller/listings?done=" + what.toLowerCase(Locale.ROOT).replace("_", "")).build();
	}

	private Mono<Listing> mine(MarketplaceUser seller, String id) {
		return this.listings.mine(seller.sellerId(), id)
			.onErrorMap(Refusal.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Not found stays 404; a refused move renders the refusal page (409 or 400). */
	private Mono<Rendering> refusals(Mono<Rendering> action, ServerWebExchange exchange) {
		return action.onErrorResume(Refusal.class, (ex) -> {
			if (ex.kind() == Refusal.Kind.NOT_FOUND) {
				return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
			}
			return Mono.just(Rendering.view("catalog/refused")
				.status((ex.kind() == Refusal.Kind.INVALID) ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT)
				.modelAttribute("message", this.messages.text(ex.messageKey(), locale(exchange)))
				.build());
		});
	}

	private Mono<Rendering> form(MarketplaceUser seller, Listing listing, ListingForm form,
			Map<String, List<String>> errors, HttpStatus status, String problem) {
		return this.listings.crafts()
			.zipWith(this.sellers.of(seller.sellerId())
				.map((home) -> "TRAINING_CENTRE".equals(home.type()))
				.defaultIfEmpty(false))
			.map((found) -> Rendering.view("catalog/seller/form")
				.status(status)
				.modelAttribute("listing", listing)
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("problem", problem)
				.modelAttribute("crafts", found.getT1())
				.modelAttribute("centre", found.getT2())
				.build());
	}

	private Rendering photosPage(Listing listing, String problem, HttpStatus status, String done) {
		return Rendering.view("catalog/seller/photos")
			.status(status)
			.modelAttribute("listing", listing)
			.modelAttribute("problem", problem)
			.modelAttribute("done", done)
			.modelAttribute("maxPhotos", Listings.MAX_PHOTOS)
			.build();
	}

	/** The form's stockShown is hidden: its problem is shown beside the stock field. */
	private static Map<String, List<String>> besideStock(Map<String, List<String>> errors) {
		if (!errors.containsKey("stockShown")) {
			return errors;
		}
		Map<String, List<String>> moved = new java.util.LinkedHashMap<>(errors);
		moved.merge("stock", moved.remove("stockShown"),
				(a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
		return moved;
	}

	private static Locale locale(ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return (locale != null) ? locale : Locale.ENGLISH;
	}

}
