package ladakh.crafts.marketplace.catalog.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.catalog.InvalidListing;
import ladakh.crafts.marketplace.catalog.Listings;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * The seller's own listings as JSON (docs/api.md). The seller is always the signed-in
 * account's; another seller's listing id answers 404.
 */
@RestController
@RequestMapping("/api/v1/seller/listings")
class SellerListingApi {

	private final Listings listings;

	private final ListingMessages messages;

	SellerListingApi(Listings listings, ListingMessages messages) {
		this.listings = listings;
		this.messages = messages;
	}

	@GetMapping
	Flux<ListingJson.Response> mine(@AuthenticationPrincipal MarketplaceUser seller) {
		return this.listings.mine(seller.sellerId()).map(ListingJson.Response::of);
	}

	@PostMapping
	Mono<ResponseEntity<ListingJson.Response>> create(@AuthenticationPrincipal MarketplaceUser seller,
			@RequestBody ListingJson.Request request) {
		return this.listings.create(seller.sellerId(), request.input())
			.map((listing) -> ResponseEntity.created(URI.create("/api/v1/seller/listings/" + listing.id()))
				.body(ListingJson.Response.of(listing)));
	}

	@GetMapping("/{id}")
	Mono<ListingJson.Response> one(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id) {
		return this.listings.mine(seller.sellerId(), id).map(ListingJson.Response::of);
	}

	@PutMapping("/{id}")
	Mono<ListingJson.Response> replace(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@RequestBody ListingJson.Request request) {
		if (request.version() == null) {
			return this.listings.mine(seller.sellerId(), id)
				.then(Mono.error(new InvalidListing(Map.of("version", List.of("listing.error.version")))));
		}
		return this.listings.update(seller.sellerId(), id, request.version(), request.input(), request.stockShown())
			.map(ListingJson.Response::of);
	}

	@DeleteMapping("/{id}")
	Mono<ListingJson.Response> delete(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id) {
		return this.listings.delete(seller.sellerId(), id).map(ListingJson.Response::of);
	}

	@PostMapping("/{id}/submit")
	Mono<ListingJson.Response> submit(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id) {
		return this.listings.submit(seller.sellerId(), id).map(ListingJson.Response::of);
	}

	@PostMapping("/{id}/pause")
	Mono<ListingJson.Response> pause(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id) {
		return this.listings.pause(seller.sellerId(), id).map(ListingJson.Response::of);
	}

	@PostMapping("/{id}/resume")
	Mono<ListingJson.Response> resume(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id) {
		return this.listings.resume(seller.sellerId(), id).map(ListingJson.Response::of);
	}

	@PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<ResponseEntity<ListingJson.Response>> addPhoto(@AuthenticationPrincipal MarketplaceUser seller,
			@PathVariable String id, @RequestPart(name = "photo", required = false) Part photo) {
		return this.listings.mine(seller.sellerId(), id)
			.then((photo != null) ? PhotoUploads.bytes(photo)
					: Mono.error(Refusal.invalid("listing.photo.missing").at("photo")))
			.flatMap((bytes) -> this.listings.addPhoto(seller.sellerId(), id, bytes))
			.map((listing) -> ResponseEntity.status(HttpStatus.CREATED).body(ListingJson.Response.of(listing)));
	}

	@DeleteMapping("/{id}/photos/{photoId}")
	Mono<ListingJson.Response> deletePhoto(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String id,
			@PathVariable String photoId) {
		return this.listings.deletePhoto(seller.sellerId(), id, photoId).map(ListingJson.Response::of);
	}

	@ExceptionHandler(InvalidListing.class)
	ResponseEntity<ProblemDetail> invalid(InvalidListing ex, ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The listing has invalid fields: "
						+ String.join(", ", ex.errors().keySet().stream().sorted().toList()));
		problem.setTitle("Bad Request");
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		problem.setProperty("errors",
				ex.errors()
					.entrySet()
					.stream()
					.sorted(Map.Entry.comparingByKey())
					.flatMap((entry) -> entry.getValue()
						.stream()
						.map((code) -> Map.of("field", entry.getKey(), "message",
								this.messages.text(code, (locale != null) ? locale : Locale.ENGLISH))))
					.toList());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(Refusal.class)
	ResponseEntity<ProblemDetail> refused(Refusal ex, ServerWebExchange exchange) {
		HttpStatus status = switch (ex.kind()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case CONFLICT -> HttpStatus.CONFLICT;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
		Locale locale = exchange.getLocaleContext().getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.text(ex.messageKey(), (locale != null) ? locale : Locale.ENGLISH));
		problem.setTitle(status.getReasonPhrase());
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		if (ex.kind() == Refusal.Kind.INVALID) {
			problem.setProperty("errors", List
				.of(Map.of("field", (ex.field() != null) ? ex.field() : "photo", "message", problem.getDetail())));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
