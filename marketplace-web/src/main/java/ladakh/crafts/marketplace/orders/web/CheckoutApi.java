package ladakh.crafts.marketplace.orders.web;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.NextLink;
import ladakh.crafts.marketplace.accounts.FormLoginFlow;
import ladakh.crafts.marketplace.orders.Carts;
import ladakh.crafts.marketplace.orders.CheckoutAttempts;
import ladakh.crafts.marketplace.orders.Checkout;
import ladakh.crafts.marketplace.orders.CheckoutRequest;
import ladakh.crafts.marketplace.orders.Order;
import ladakh.crafts.marketplace.orders.Orders;
import ladakh.crafts.marketplace.orders.ShippingRules;
import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * Checkout and the buyer's own orders as JSON. Another buyer's order id answers 404.
 */
@RestController
class CheckoutApi {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final Carts carts;

	private final Checkout checkout;

	private final Orders orders;

	private final CheckoutAttempts attempts;

	CheckoutApi(Carts carts, Checkout checkout, Orders orders, CheckoutAttempts attempts) {
		this.carts = carts;
		this.checkout = checkout;
		this.orders = orders;
		this.attempts = attempts;
	}

	record CheckoutBody(String idempotencyKey, Order.Contact contact, Order.Address shippingAddress,
			String paymentMethod, String returnUrl) {
	}

	@PostMapping("/api/v1/checkout")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<ResponseEntity<?>> checkout(@AuthenticationPrincipal MarketplaceUser buyer, WebSession session, Locale locale,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String header, @RequestBody CheckoutBody body,
			ServerWebExchange exchange) {
		String key = (header != null && !header.isBlank()) ? header : body.idempotencyKey();
		if (key == null || key.isBlank() || key.length() > 100) {
			return Mono.error(Refusal.invalid("checkout.error.idempotencyKey").at("idempotencyKey"));
		}
		Order.Contact contact = (body.contact() != null) ? body.contact() : new Order.Contact(null, null, null);
		Order.Address address = (body.shippingAddress() != null) ? body.shippingAddress()
				: new Order.Address(null, null, null, null, null, null, null);
		Map<String, String> errors = new java.util.LinkedHashMap<>(ShippingRules.check(contact, address));
		PaymentMethod method = method(body.paymentMethod());
		if (method == null) {
			errors.put("paymentMethod", "checkout.error.paymentMethod");
		}
		if (!errors.isEmpty()) {
			return Mono.error(OrderRefusals.invalid(errors));
		}
		Order.Contact clean = new Order.Contact(contact.name().trim(), contact.email().trim().toLowerCase(Locale.ROOT),
				ShippingRules.mobile(contact.phone()),
				// Asked for in the contact, or else the language of the request.
				"hi".equals(contact.language()) ? "hi" : locale.getLanguage());
		Order.Address shipTo = new Order.Address((address.name() != null) ? address.name() : clean.name(),
				address.line1(), address.line2(), address.city(), address.district(), address.state(),
				address.pinCode().trim());
		Carts.CartOwner owner = CartApi.owner(buyer, session);
		return this.attempts.attempt(buyer.id(), FormLoginFlow.clientAddress(exchange))
			.then(this.carts.items(owner))
			.flatMap((items) -> this.checkout.place(new CheckoutRequest(key, buyer.id(), clean, shipTo, method,
					items.entrySet()
						.stream()
						.map((entry) -> new CheckoutRequest.CartLine(entry.getKey(), entry.getValue()))
						.toList(),
					body.returnUrl())))
			.flatMap((placed) -> this.carts.clear(owner).thenReturn(placed))
			.<ResponseEntity<?>>map((placed) -> ResponseEntity.status(HttpStatus.CREATED).body(OrderJson.of(placed)))
			.onErrorMap(OrderRefusals::isRefusal, (ex) -> OrderRefusals.of(ex, locale));
	}

	@GetMapping("/api/v1/orders")
	Mono<ResponseEntity<List<OrderJson>>> mine(@AuthenticationPrincipal MarketplaceUser buyer,
			@RequestParam(required = false) String after) {
		return this.orders.ofBuyer(buyer.id(), After.parse(after))
			.flatMap((page) -> Flux.fromIterable(page.items())
				.concatMap((order) -> this.orders.withParts(Mono.just(order)))
				.map(OrderJson::of)
				.collectList()
				.map((orders) -> NextLink.on(page, UriComponentsBuilder.fromPath("/api/v1/orders")).body(orders)));
	}

	@GetMapping("/api/v1/orders/{id}")
	Mono<OrderJson> one(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id) {
		return this.orders.withParts(this.orders.ofBuyer(buyer.id(), id))
			.map(OrderJson::of)
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	/** Try the payment again on the same order (after the gateway failed). */
	@PostMapping("/api/v1/orders/{id}/payment")
	Mono<ResponseEntity<?>> retryPayment(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id,
			Locale locale) {
		return this.checkout.retryPayment(buyer.id(), id)
			.<ResponseEntity<?>>map((placed) -> ResponseEntity.ok(OrderJson.of(placed)))
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.onErrorMap(OrderRefusals::isRefusal, (ex) -> OrderRefusals.of(ex, locale));
	}

	static PaymentMethod method(String name) {
		if (name == null) {
			return null;
		}
		try {
			return PaymentMethod.valueOf(name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
