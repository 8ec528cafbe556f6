package ladakh.crafts.marketplace.orders.web;

import ladakh.crafts.marketplace.orders.Fulfilment;
import ladakh.crafts.marketplace.orders.FulfilmentRefused;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** The buyer cancels a part of their own order before it ships (another buyer's: 404). */
@RestController
class BuyerOrderApi {

	private final Fulfilment fulfilment;

	BuyerOrderApi(Fulfilment fulfilment) {
		this.fulfilment = fulfilment;
	}

	@PostMapping("/api/v1/orders/{id}/parts/{partId}/cancel")
	Mono<PartJson> cancel(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id,
			@PathVariable String partId, ServerWebExchange exchange) {
		// The body is read after the ownership check: another buyer's order is 404
		// whatever was sent.
		return this.fulfilment.orderOf(buyer.id(), id)
			.then(PartJson.json(exchange))
			.flatMap((json) -> this.fulfilment.cancelByBuyer(buyer.id(), id, partId, PartJson.text(json, "reason")))
			.map(PartJson::of);
	}

	/** Said once, by ErrorResponses, like every refusal. */
	@ExceptionHandler(FulfilmentRefused.class)
	Mono<Void> refused(FulfilmentRefused ex) {
		return Mono.error(OrderRefusals.of(ex));
	}

}
