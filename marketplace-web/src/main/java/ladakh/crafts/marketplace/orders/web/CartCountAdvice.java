package ladakh.crafts.marketplace.orders.web;

import ladakh.crafts.marketplace.orders.Carts;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

/**
 * The number of pieces in the cart, for the layout's cart link. The value is a Mono that
 * only a rendered page subscribes to, so JSON answers never read the cart; a page reads
 * one cart document by its key (or the session), never a listing; staff and sellers have
 * no cart.
 */
@ControllerAdvice
class CartCountAdvice {

	private final Carts carts;

	CartCountAdvice(Carts carts) {
		this.carts = carts;
	}

	@ModelAttribute("cartCount")
	Mono<Integer> cartCount(@AuthenticationPrincipal MarketplaceUser user, ServerWebExchange exchange) {
		if (user != null && !user.has(Role.BUYER)) {
			return Mono.empty();
		}
		return exchange.getSession().flatMap((session) -> this.carts.pieces(CartApi.owner(user, session)));
	}

}
