package ladakh.crafts.marketplace.catalog.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.catalog.InvalidListing;
import ladakh.crafts.marketplace.catalog.Listings;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seller's own listings as JSON (docs/api.md). The seller is always the signed-in
 * account's; another seller's listing id answers 404.
 */
@RestController
@RequestMapping("/api/v1/seller/listings")
class SellerListingApi {

	private final Listings listings;

	SellerListingApi(Listings listings) {
		this.listings = listings;
	}

	/**
	 * One page (the body stays an array); a {@code Link: <...?after=...>; rel="next"}
	 * header names the next page when there is one (docs/api.md, Paging).
	 */
	@GetMapping
	Mono<ResponseEntity<List<ListingJson.Response>>> mine(@AuthenticationPrincipal MarketplaceUser seller,
			@RequestParam(required = false) String after) {
		return this.listings.mine(seller.sellerId(), After.parse(after)).map((page) -> {
			ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
			if (page.next() != null) {
				ok.header(HttpHeaders.LINK, "</api/v1/seller/listings?after="
						+ URLEncoder.encode(page.nextAfter(), StandardCharsets.UTF_8) + ">; rel=\"next\"");
			}
			return ok.body(page.items().stream().map(ListingJson.Response::of).toList());
		});
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED) // what the document says; the ResponseEntity sets
										// it
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
	@ResponseStatus(HttpStatus.CREATED)
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

	/** The catalog's refusals, said once by ErrorResponses like every other. */
	@ExceptionHandler(InvalidListing.class)
	Mono<Void> invalid(InvalidListing ex) {
		return Mono.error(ListingRefusals.of(ex));
	}

}
