package ladakh.crafts.marketplace.orders.web;

import java.util.Locale;

import ladakh.crafts.marketplace.orders.Carts;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.WebSession;

/** The cart as JSON: a visitor's in the session, a signed-in buyer's in the account. */
@RestController
@RequestMapping("/api/v1/cart")
class CartApi {

	private final Carts carts;

	CartApi(Carts carts) {
		this.carts = carts;
	}

	record AddItem(String listingId, Integer quantity) {
	}

	/**
	 * The cart: {@code itemsMinor} the pieces, {@code shippingMinor} every seller's
	 * shipping as their rules have it now, {@code totalMinor} both (decision 0053).
	 */
	record CartJson(java.util.List<LineJson> lines, java.util.List<ShippingJson> shipping, long itemsMinor,
			long shippingMinor, long totalMinor, String currency) {

		static CartJson of(Carts.View view) {
			return new CartJson(view.lines().stream().map(LineJson::of).toList(),
					view.shipping().stream().map(ShippingJson::of).toList(), view.itemsTotal().minor(),
					view.shippingTotal().minor(), view.total().minor(), view.total().currencyCode());
		}

	}

	/** One seller's shipping fee for their lines (paise). */
	record ShippingJson(String sellerId, long subtotalMinor, long feeMinor) {

		static ShippingJson of(Carts.SellerShipping shipping) {
			return new ShippingJson(shipping.sellerId(), shipping.subtotal().minor(), shipping.fee().minor());
		}

	}

	/** A cart line as the API has always answered it (paise). */
	record LineJson(String listingId, String sellerId, String title, String craft, int quantity, long unitPriceMinor,
			long lineTotalMinor, boolean madeToOrder, Integer leadTimeDays, int most, boolean available) {

		static LineJson of(Carts.Line line) {
			return new LineJson(line.listingId(), line.sellerId(), line.title(), line.craft(), line.quantity(),
					line.unitPrice().minor(), line.lineTotal().minor(), line.madeToOrder(), line.leadTimeDays(),
					line.most(), line.available());
		}

	}

	@GetMapping
	Mono<CartJson> cart(@AuthenticationPrincipal MarketplaceUser user, WebSession session, Locale locale) {
		return this.carts.view(owner(user, session), locale).map(CartJson::of);
	}

	@PostMapping("/items")
	Mono<ResponseEntity<?>> add(@AuthenticationPrincipal MarketplaceUser user, WebSession session, Locale locale,
			@RequestBody AddItem item) {
		if (item.listingId() == null || item.listingId().isBlank()) {
			return Mono.error(Refusal.invalid("cart.error.listingId").at("listingId"));
		}
		if (item.quantity() == null || item.quantity() < 1) {
			return Mono.error(Refusal.invalid("cart.problem.quantity").at("quantity"));
		}
		Carts.CartOwner owner = owner(user, session);
		return this.carts.add(owner, item.listingId(), item.quantity())
			.then(this.carts.view(owner, locale))
			.<ResponseEntity<?>>map((view) -> ResponseEntity.ok(CartJson.of(view)));
	}

	@DeleteMapping("/items/{listingId}")
	Mono<CartJson> remove(@AuthenticationPrincipal MarketplaceUser user, WebSession session, Locale locale,
			@PathVariable String listingId) {
		Carts.CartOwner owner = owner(user, session);
		return this.carts.remove(owner, listingId).then(this.carts.view(owner, locale)).map(CartJson::of);
	}

	static Carts.CartOwner owner(MarketplaceUser user, WebSession session) {
		return new Carts.CartOwner((user != null) ? user.id() : null, session);
	}

}
