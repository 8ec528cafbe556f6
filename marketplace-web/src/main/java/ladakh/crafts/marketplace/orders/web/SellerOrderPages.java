package ladakh.crafts.marketplace.orders.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.orders.Fulfilment;
import ladakh.crafts.marketplace.orders.FulfilmentRefused;
import ladakh.crafts.marketplace.orders.OrderPart;
import ladakh.crafts.marketplace.sellers.SellerContacts;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * The seller's orders inbox: only their own parts, filtered by status, with the next step
 * of each (pack, ship with carrier and tracking number, mark delivered, cancel with a
 * reason) and a packing slip. Another seller's part is not found.
 */
@Controller
class SellerOrderPages {

	/**
	 * The notices a redirect after a step may ask for; any other {@code done} is ignored.
	 */
	private static final Set<String> DONE_NOTICES = Set.of("packed", "shipped", "delivered", "cancelled", "returned");

	private final Fulfilment fulfilment;

	private final SellerContacts sellers;

	private final OrderDocuments documents;

	private final FulfilmentMessages messages;

	SellerOrderPages(Fulfilment fulfilment, SellerContacts sellers, OrderDocuments documents,
			FulfilmentMessages messages) {
		this.fulfilment = fulfilment;
		this.sellers = sellers;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping("/seller/orders")
	Mono<Rendering> inbox(@AuthenticationPrincipal MarketplaceUser seller,
			@RequestParam(required = false) String status, @RequestParam(required = false) String done,
			@RequestParam(required = false) String after) {
		return inbox(seller, status, After.parse(after), HttpStatus.OK, Map.of(), null,
				(done != null && DONE_NOTICES.contains(done)) ? done : null);
	}

	@PostMapping("/seller/orders/{partId}/pack")
	Mono<Rendering> pack(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String partId,
			ServerWebExchange exchange) {
		return act(seller, partId, exchange, () -> this.fulfilment.pack(seller.sellerId(), partId), "packed");
	}

	@PostMapping("/seller/orders/{partId}/ship")
	Mono<Rendering> ship(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String partId,
			@ModelAttribute ShipForm form, ServerWebExchange exchange) {
		return act(seller, partId, exchange,
				() -> this.fulfilment.ship(seller.sellerId(), partId, form.carrier(), form.trackingNumber()),
				"shipped");
	}

	@PostMapping("/seller/orders/{partId}/deliver")
	Mono<Rendering> deliver(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String partId,
			ServerWebExchange exchange) {
		return act(seller, partId, exchange, () -> this.fulfilment.deliver(seller.sellerId(), partId), "delivered");
	}

	@PostMapping("/seller/orders/{partId}/cancel")
	Mono<Rendering> cancel(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String partId,
			@ModelAttribute ReasonForm form, ServerWebExchange exchange) {
		return act(seller, partId, exchange,
				() -> this.fulfilment.cancelBySeller(seller.sellerId(), partId, form.reason()), "cancelled");
	}

	@PostMapping("/seller/orders/{partId}/return")
	Mono<Rendering> returned(@AuthenticationPrincipal MarketplaceUser seller, @PathVariable String partId,
			@ModelAttribute ReasonForm form, ServerWebExchange exchange) {
		return act(seller, partId, exchange,
				() -> this.fulfilment.returnDelivered(seller.sellerId(), partId, form.reason()), "returned");
	}

	@GetMapping("/seller/orders/{partId}/packing-slip.pdf")
	Mono<ResponseEntity<byte[]>> packingSlip(@AuthenticationPrincipal MarketplaceUser seller,
			@PathVariable String partId, Locale locale) {
		return this.fulfilment.partOf(seller.sellerId(), partId)
			.onErrorMap(FulfilmentRefused.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND))
			.flatMap((part) -> Mono.zip(this.fulfilment.order(part.orderId()), this.sellers.of(part.sellerId()))
				.flatMap((both) -> this.documents.packingSlip(part, both.getT1(), both.getT2(), locale))
				.map((pdf) -> BuyerOrderPages.pdf("packing-slip-" + part.orderNumber() + ".pdf", pdf)));
	}

	private Mono<Rendering> act(MarketplaceUser seller, String partId, ServerWebExchange exchange, Step step,
			String done) {
		return Mono.defer(step::run)
			.map((part) -> Rendering.redirectTo("/seller/orders?done=" + done).build())
			.onErrorResume(FulfilmentRefused.class, (ex) -> {
				String text = this.messages.text(ex.code(), exchange.getLocaleContext().getLocale());
				return switch (ex.kind()) {
					case NOT_FOUND -> Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
					case INVALID -> inbox(seller, null, HttpStatus.BAD_REQUEST,
							Map.of(partId + ":" + ex.field(), List.of(text)), null, null);
					case CONFLICT -> inbox(seller, null, HttpStatus.CONFLICT, Map.of(), text, null);
					default -> Mono.error(ex);
				};
			});
	}

	private Mono<Rendering> inbox(MarketplaceUser seller, String status, HttpStatus httpStatus,
			Map<String, List<String>> errors, String problem, String done) {
		return inbox(seller, status, null, httpStatus, errors, problem, done);
	}

	private Mono<Rendering> inbox(MarketplaceUser seller, String status, After after, HttpStatus httpStatus,
			Map<String, List<String>> errors, String problem, String done) {
		String filter = (status != null && Fulfilment.inboxStatuses().contains(status)) ? status : null;
		return this.fulfilment.partsOf(seller.sellerId(), filter, after)
			.map((page) -> Rendering.view("orders/seller-inbox")
				.status(httpStatus)
				.modelAttribute("parts", page.items())
				.modelAttribute("next", page.nextAfter())
				.modelAttribute("statuses", Fulfilment.inboxStatuses())
				.modelAttribute("filter", filter)
				.modelAttribute("errors", errors)
				.modelAttribute("problem", problem)
				.modelAttribute("done", done)
				.build());
	}

	@FunctionalInterface
	private interface Step {

		Mono<OrderPart> run();

	}

}
