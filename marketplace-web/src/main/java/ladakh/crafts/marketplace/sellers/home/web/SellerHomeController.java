package ladakh.crafts.marketplace.sellers.home.web;

import ladakh.crafts.marketplace.sellers.SellerHome;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /seller}: where a SELLER lands after signing in. The seller comes from the
 * signed-in account, never from the address.
 */
@Controller
class SellerHomeController {

	private final SellerHome home;

	SellerHomeController(SellerHome home) {
		this.home = home;
	}

	@GetMapping("/seller")
	Mono<Rendering> home(@AuthenticationPrincipal MarketplaceUser user) {
		return this.home.of(user.sellerId())
			.map((page) -> Rendering.view("sellers/home/home").modelAttribute("seller", page).build())
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
