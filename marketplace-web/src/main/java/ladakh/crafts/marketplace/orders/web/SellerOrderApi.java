package ladakh.crafts.marketplace.orders.web;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.http.ResponseEntity;
import java.util.List;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.NextLink;
import ladakh.crafts.marketplace.orders.Fulfilment;
import ladakh.crafts.marketplace.orders.FulfilmentRefused;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * The signed-in seller's parts as JSON (docs/api.md): another seller's part id answers
 * 404, a move from the wrong status 409 with a message.
 */
@RestController
@RequestMapping("/api/v1/seller/orders")
class SellerOrderApi {

	private final Fulfilment fulfilment;

	SellerOrderApi(Fulfilment fulfilment) {
		this.fulfilment = fulfilment;
	}

	@GetMapping
	Mono<ResponseEntity<List<PartJson>>> mine(@AuthenticationPrincipal MarketplaceUser seller,
			@RequestParam(required = false) String status, @RequestParam(required = false) String after) {
		return this.fulfilment.partsOf(seller.sellerId(), status, After.parse(after))
			.map((page) -> NextLink
				.on(page,
						UriComponentsBuilder.fromPath("/api/v1/seller/orders")
							.queryParamIfPresent("status", java.util.Optional.ofNullable(status)))
				.body(page.items().stream().map(PartJson::of).toList()));
	}

	@PostMapping("/{partId}/pack")
	Mono<PartJson> pack(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String partId) {
		return this.fulfilment.pack(seller.sellerId(), partId).map(PartJson::of);
	}

	@PostMapping("/{partId}/ship")
	Mono<PartJson> ship(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String partId,
			ServerWebExchange exchange) {
		// The body is read after the ownership check: another seller's part is 404
		// whatever was sent.
		return this.fulfilment.partOf(seller.sellerId(), partId)
			.then(PartJson.json(exchange))
			.flatMap((json) -> this.fulfilment.ship(seller.sellerId(), partId, PartJson.text(json, "carrier"),
					PartJson.text(json, "trackingNumber")))
			.map(PartJson::of);
	}

	@PostMapping("/{partId}/deliver")
	Mono<PartJson> deliver(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String partId) {
		return this.fulfilment.deliver(seller.sellerId(), partId).map(PartJson::of);
	}

	@PostMapping("/{partId}/cancel")
	Mono<PartJson> cancel(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String partId,
			ServerWebExchange exchange) {
		return this.fulfilment.partOf(seller.sellerId(), partId)
			.then(PartJson.json(exchange))
			.flatMap((json) -> this.fulfilment.cancelBySeller(seller.sellerId(), partId, PartJson.text(json, "reason")))
			.map(PartJson::of);
	}

	@PostMapping("/{partId}/return")
	Mono<PartJson> returned(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String partId,
			ServerWebExchange exchange) {
		return this.fulfilment.partOf(seller.sellerId(), partId)
			.then(PartJson.json(exchange))
			.flatMap(
					(json) -> this.fulfilment.returnDelivered(seller.sellerId(), partId, PartJson.text(json, "reason")))
			.map(PartJson::of);
	}

	/** Said once, by ErrorResponses, like every refusal. */
	@ExceptionHandler(FulfilmentRefused.class)
	Mono<Void> refused(FulfilmentRefused ex) {
		return Mono.error(OrderRefusals.of(ex));
	}

}
