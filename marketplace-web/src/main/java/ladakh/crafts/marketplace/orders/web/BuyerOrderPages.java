package ladakh.crafts.marketplace.orders.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.orders.Fulfilment;
import ladakh.crafts.marketplace.orders.FulfilmentRefused;
import ladakh.crafts.marketplace.orders.OrderPart;
import ladakh.crafts.marketplace.orders.SellerPolicies;
import ladakh.crafts.marketplace.orders.SellerPolicy;
import ladakh.crafts.marketplace.orders.UnpaidOrders;
import ladakh.crafts.marketplace.sellers.SellerContacts;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.treasury.RefundsPaidBack;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuples;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * The buyer's order history, one order with its parts, cancelling a part before it ships,
 * and the PDF invoice. Another buyer's order is not found.
 */
@Controller
class BuyerOrderPages {

	/**
	 * The notices a redirect after a step may ask for; any other {@code done} is ignored.
	 */
	private static final Set<String> DONE_NOTICES = Set.of("cancelled", "orderCancelled");

	private final Fulfilment fulfilment;

	private final SellerContacts sellers;

	private final OrderDocuments documents;

	private final FulfilmentMessages messages;

	private final SellerPolicies policies;

	private final UnpaidOrders unpaid;

	private final OrderLineLooks looks;

	private final RefundsPaidBack paidBack;

	BuyerOrderPages(Fulfilment fulfilment, SellerContacts sellers, OrderDocuments documents,
			FulfilmentMessages messages, SellerPolicies policies, UnpaidOrders unpaid, OrderLineLooks looks,
			RefundsPaidBack paidBack) {
		this.paidBack = paidBack;
		this.looks = looks;
		this.unpaid = unpaid;
		this.policies = policies;
		this.fulfilment = fulfilment;
		this.sellers = sellers;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping("/orders")
	Mono<Rendering> history(@AuthenticationPrincipal MarketplaceUser buyer,
			@RequestParam(required = false) String after) {
		return this.fulfilment.ordersOf(buyer.id(), After.parse(after))
			.flatMap((page) -> this.looks.ofOrders(page.items())
				.map((firsts) -> Rendering.view("orders/history")
					.modelAttribute("orders", page.items())
					.modelAttribute("firsts", firsts)
					.modelAttribute("next", page.nextAfter())
					.build()));
	}

	@GetMapping("/orders/{id}")
	Mono<Rendering> order(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id,
			@RequestParam(required = false) String done, Locale locale) {
		return page(buyer, id, HttpStatus.OK, Map.of(), null,
				(done != null && DONE_NOTICES.contains(done)) ? done : null, locale);
	}

	/** The buyer gives up an order not paid yet; its pieces go back at once. */
	@PostMapping("/orders/{id}/cancel")
	Mono<Rendering> cancelUnpaid(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id,
			Locale locale) {
		return this.unpaid.cancelByBuyer(buyer.id(), id)
			.thenReturn(Rendering.redirectTo("/orders/" + id + "?done=orderCancelled").build())
			.onErrorResume(Refusal.class,
					(ex) -> (ex.kind() == Refusal.Kind.CONFLICT) ? page(buyer, id, RefusalStatus.of(ex.kind()),
							Map.of(), this.messages.text(ex.messageKey(), locale), null, locale) : Mono.error(ex));
	}

	@PostMapping("/orders/{id}/parts/{partId}/cancel")
	Mono<Rendering> cancel(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id,
			@PathVariable String partId, @ModelAttribute ReasonForm form, ServerWebExchange exchange) {
		return Mono.defer(() -> this.fulfilment.cancelByBuyer(buyer.id(), id, partId, form.reason()))
			.map((part) -> Rendering.redirectTo("/orders/" + id + "?done=cancelled").build())
			.onErrorResume(FulfilmentRefused.class, (ex) -> switch (ex.kind()) {
				case NOT_FOUND -> Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
				case INVALID -> page(buyer, id, HttpStatus.BAD_REQUEST,
						Map.of(partId, List.of(this.messages.text(ex.code(), exchange.getLocaleContext().getLocale()))),
						null, null, exchange.getLocaleContext().getLocale());
				case CONFLICT -> page(buyer, id, HttpStatus.CONFLICT, Map.of(),
						this.messages.text(ex.code(), exchange.getLocaleContext().getLocale()), null,
						exchange.getLocaleContext().getLocale());
				default -> Mono.error(ex);
			});
	}

	@GetMapping("/orders/{id}/invoice.pdf")
	Mono<ResponseEntity<byte[]>> invoice(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id,
			Locale locale) {
		return this.fulfilment.orderOf(buyer.id(), id)
			.onErrorMap(FulfilmentRefused.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND))
			.flatMap((order) -> Flux.fromIterable(order.parts())
				.map(OrderPart::sellerId)
				.distinct()
				.concatMap(this.sellers::of)
				.collectMap(SellerContacts.Contact::sellerId, Function.identity())
				.flatMap((contacts) -> this.documents.invoice(order, contacts, locale))
				.map((pdf) -> pdf("invoice-" + order.number() + ".pdf", pdf)));
	}

	private Mono<Rendering> page(MarketplaceUser buyer, String id, HttpStatus status, Map<String, List<String>> errors,
			String problem, String done, Locale locale) {
		return this.fulfilment.orderOf(buyer.id(), id)
			.onErrorMap(FulfilmentRefused.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND))
			.flatMap((order) -> Flux.fromIterable(order.parts())
				.map(OrderPart::sellerId)
				.distinct()
				.concatMap(this.policies::of)
				.collectMap(SellerPolicy::sellerId, Function.identity())
				.zipWith(this.looks.of(order.parts()), (policies, looks) -> Tuples.of(order, policies, looks)))
			.flatMap((found) -> this.paidBack.of(found.getT1().parts().stream().map(OrderPart::id).toList())
				.map((paid) -> Tuples.of(found.getT1(), found.getT2(), found.getT3(), paid)))
			.map((both) -> Rendering.view("orders/order")
				.modelAttribute("paidBack", both.getT4())
				.status(status)
				.modelAttribute("order", both.getT1())
				.modelAttribute("policies", both.getT2())
				.modelAttribute("looks", both.getT3())
				.modelAttribute("errors", errors)
				.modelAttribute("problem", problem)
				.modelAttribute("done", done)
				.modelAttribute("heldUntil",
						(both.getT1().heldUntil() != null) ? IndiaTime.moment(both.getT1().heldUntil(), locale) : null)
				.build());
	}

	static ResponseEntity<byte[]> pdf(String filename, byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
			.cacheControl(CacheControl.noStore())
			.contentLength(pdf.length)
			.body(pdf);
	}

}
