package ladakh.crafts.marketplace.orders.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import ladakh.crafts.marketplace.accounts.FormLoginFlow;
import ladakh.crafts.marketplace.orders.Carts;
import ladakh.crafts.marketplace.orders.CheckoutAttempts;
import ladakh.crafts.marketplace.orders.CheckoutLimited;
import ladakh.crafts.marketplace.orders.Checkout;
import ladakh.crafts.marketplace.orders.CheckoutRefused;
import ladakh.crafts.marketplace.orders.CheckoutRequest;
import ladakh.crafts.marketplace.orders.Order;
import ladakh.crafts.marketplace.orders.Orders;
import ladakh.crafts.marketplace.orders.OutOfStock;
import ladakh.crafts.marketplace.orders.PaymentOptions;
import ladakh.crafts.marketplace.orders.PaymentPending;
import ladakh.crafts.marketplace.orders.ShippingRules;
import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

/**
 * The cart and checkout pages. They work without JavaScript: every change is a form post
 * followed by a redirect, and errors are shown beside the line or field they are about.
 */
@Controller
class CartPages {

	private final Carts carts;

	private final Checkout checkout;

	private final Orders orders;

	private final PaymentOptions payments;

	private final MessageSource messages;

	private final CheckoutAttempts attempts;

	CartPages(Carts carts, Checkout checkout, Orders orders, PaymentOptions payments, MessageSource messages,
			CheckoutAttempts attempts) {
		this.attempts = attempts;
		this.carts = carts;
		this.checkout = checkout;
		this.orders = orders;
		this.payments = payments;
		this.messages = messages;
	}

	@GetMapping("/cart")
	Mono<String> cart(@AuthenticationPrincipal MarketplaceUser user, WebSession session, Locale locale,
			@RequestParam(required = false) String line, @RequestParam(required = false) String problem, Model model) {
		return this.carts.view(CartApi.owner(user, session), locale).map((view) -> {
			model.addAttribute("cart", view);
			model.addAttribute("lineErrors", (line != null && problem != null) ? Map.of(line, problem) : Map.of());
			return "orders/cart";
		});
	}

	@PostMapping("/cart/items")
	Mono<String> add(@AuthenticationPrincipal MarketplaceUser user, WebSession session,
			@ModelAttribute AddItemForm form, ServerWebExchange exchange, Model model) {
		String listingId = form.listingId();
		if (listingId == null || listingId.isBlank()) {
			return Mono.just("redirect:/cart");
		}
		Carts.CartOwner owner = CartApi.owner(user, session);
		return this.carts.add(owner, listingId, quantity(form.quantity()))
			.thenReturn("redirect:/cart")
			.onErrorResume(Carts.CartRefused.class,
					(ex) -> refused(owner, listingId, ex, locale(exchange), exchange, model));
	}

	/** A listing to put in the cart and how many, as posted from its page. */
	record AddItemForm(String listingId, String quantity) {
	}

	/** A cart line's new quantity, as typed. */
	record QuantityForm(String quantity) {
	}

	@PostMapping("/cart/items/{listingId}")
	Mono<String> update(@AuthenticationPrincipal MarketplaceUser user, WebSession session,
			@PathVariable String listingId, @ModelAttribute QuantityForm form, ServerWebExchange exchange,
			Model model) {
		Carts.CartOwner owner = CartApi.owner(user, session);
		return this.carts.set(owner, listingId, quantity(form.quantity()))
			.thenReturn("redirect:/cart")
			.onErrorResume(Carts.CartRefused.class,
					(ex) -> refused(owner, listingId, ex, locale(exchange), exchange, model));
	}

	/**
	 * A refusal about a line in the cart is shown beside it (after a redirect); one about
	 * a listing not in the cart (unknown, not on sale) answers 400 with the cart and the
	 * message on top.
	 */
	private Mono<String> refused(Carts.CartOwner owner, String listingId, Carts.CartRefused ex, Locale locale,
			ServerWebExchange exchange, Model model) {
		return this.carts.view(owner, locale).map((view) -> {
			boolean inCart = view.lines().stream().anyMatch((line) -> line.listingId().equals(listingId));
			if (inCart) {
				return lineProblem(listingId, ex);
			}
			exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
			model.addAttribute("cart", view);
			model.addAttribute("lineErrors", Map.of());
			model.addAttribute("problem", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return "orders/cart";
		});
	}

	private static Locale locale(ServerWebExchange exchange) {
		Locale locale = exchange.getLocaleContext().getLocale();
		return (locale != null) ? locale : Locale.ENGLISH;
	}

	@PostMapping("/cart/items/{listingId}/remove")
	Mono<String> remove(@AuthenticationPrincipal MarketplaceUser user, WebSession session,
			@PathVariable String listingId) {
		return this.carts.remove(CartApi.owner(user, session), listingId).thenReturn("redirect:/cart");
	}

	private static String lineProblem(String listingId, Carts.CartRefused ex) {
		return "redirect:/cart?line=" + listingId + "&problem=" + ex.problem();
	}

	private static int quantity(String typed) {
		try {
			return (typed != null) ? Integer.parseInt(typed.trim()) : 1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	// ------------------------------------------------------------------ checkout

	@GetMapping("/checkout")
	Mono<String> checkoutPage(@AuthenticationPrincipal MarketplaceUser buyer, WebSession session, Locale locale,
			Model model) {
		return this.carts.view(CartApi.owner(buyer, session), locale).flatMap((view) -> {
			if (view.empty()) {
				return Mono.just("redirect:/cart");
			}
			Map<String, String> form = new LinkedHashMap<>();
			form.put("name", buyer.displayName());
			form.put("email", buyer.login().contains("@") ? buyer.login() : "");
			form.put("phone", buyer.login().contains("@") ? "" : buyer.login());
			form.put("key", UUID.randomUUID().toString());
			// The address (and phone) of the buyer's last order, to change or keep.
			return this.orders.lastShippedTo(buyer.id())
				.doOnNext((last) -> LastAddress.fill(form, last))
				.then(Mono.fromSupplier(() -> checkoutView(model, view, form, Map.of(), null, null)));
		});
	}

	@PostMapping("/checkout")
	Mono<String> placeOrder(@AuthenticationPrincipal MarketplaceUser buyer, WebSession session, Locale locale,
			@ModelAttribute CheckoutForm posted, ServerWebExchange exchange, Model model) {
		Carts.CartOwner owner = CartApi.owner(buyer, session);
		return this.carts.view(owner, locale).flatMap((view) -> {
			Map<String, String> form = posted.asMap();
			if (view.empty()) {
				return Mono.just("redirect:/cart");
			}
			Order.Contact contact = new Order.Contact(form.get("name"), form.get("email"), form.get("phone"));
			Order.Address address = new Order.Address(form.get("name"), form.get("line1"), form.get("line2"),
					form.get("city"), form.get("district"), form.get("state"), form.get("pinCode"));
			Map<String, String> errors = new LinkedHashMap<>(ShippingRules.check(contact, address));
			PaymentMethod method = CheckoutApi.method(form.get("paymentMethod"));
			if (method == null || !this.payments.offered(view.sellerIds()).contains(method)) {
				errors.put("paymentMethod", "checkout.error.paymentMethod");
			}
			if (form.get("key") == null || form.get("key").isBlank()) {
				form.put("key", UUID.randomUUID().toString());
			}
			if (!errors.isEmpty()) {
				exchange.getResponse().setStatusCode(HttpStatus.BAD_REQUEST);
				return Mono.just(checkoutView(model, view, form, errors, null, null));
			}
			CheckoutRequest request = new CheckoutRequest(form.get("key"), buyer.id(),
					new Order.Contact(contact.name().trim(), contact.email().trim().toLowerCase(Locale.ROOT),
							ShippingRules.mobile(contact.phone()), locale.getLanguage()),
					new Order.Address(address.name().trim(), address.line1(), address.line2(), address.city(),
							address.district(), address.state(), address.pinCode().trim()),
					method,
					view.lines()
						.stream()
						.map((line) -> new CheckoutRequest.CartLine(line.listingId(), line.quantity()))
						.toList(),
					null);
			return this.attempts.attempt(buyer.id(), FormLoginFlow.clientAddress(exchange))
				.then(this.checkout.place(request))
				.flatMap((placed) -> this.carts.clear(owner)
					.thenReturn("redirect:/checkout/placed/" + placed.order().id()))
				.onErrorResume(PaymentPending.class,
						(ex) -> this.carts.clear(owner)
							.thenReturn("redirect:/checkout/placed/" + ex.orderId() + "?unavailable"))
				.onErrorResume(OutOfStock.class, (ex) -> {
					exchange.getResponse().setStatusCode(HttpStatus.CONFLICT);
					form.put("key", UUID.randomUUID().toString());
					return Mono.just(checkoutView(model, view, form, Map.of(), ex.listingId(), null));
				})
				.onErrorResume(CheckoutRefused.class, (ex) -> {
					exchange.getResponse()
						.setStatusCode(
								(ex instanceof CheckoutLimited) ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.CONFLICT);
					return Mono.just(checkoutView(model, view, form, Map.of(), null,
							this.messages.getMessage(ex.code(), ex.arguments(locale), ex.code(), locale)));
				});
		});
	}

	private String checkoutView(Model model, Carts.View view, Map<String, String> form, Map<String, String> errors,
			String outOfStock, String problem) {
		model.addAttribute("cart", view);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("outOfStock", outOfStock);
		model.addAttribute("problem", problem);
		model.addAttribute("states", ShippingRules.STATES);
		model.addAttribute("methods", this.payments.offered(view.sellerIds()));
		return "orders/checkout";
	}

	@GetMapping("/checkout/placed/{id}")
	Mono<String> placed(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id,
			@RequestParam(required = false) String unavailable, Model model, Locale locale) {
		return this.orders.withParts(this.orders.ofBuyer(buyer.id(), id))
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.map((placed) -> {
				model.addAttribute("placed", placed);
				model.addAttribute("unavailable", unavailable != null);
				// With the day and the zone: a counter order is held until another day.
				model.addAttribute("holdUntil", (placed.order().reservedUntil() != null)
						? IndiaTime.moment(placed.order().reservedUntil(), locale) : "");
				return "orders/placed";
			});
	}

	@PostMapping("/checkout/placed/{id}/pay")
	Mono<String> payAgain(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id) {
		return this.checkout.retryPayment(buyer.id(), id)
			.map((placed) -> (placed.order().start() != null && placed.order().start().redirectUrl() != null)
					? "redirect:" + placed.order().start().redirectUrl() : "redirect:/checkout/placed/" + id)
			.onErrorResume(PaymentPending.class, (ex) -> Mono.just("redirect:/checkout/placed/" + id + "?unavailable"))
			.switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
