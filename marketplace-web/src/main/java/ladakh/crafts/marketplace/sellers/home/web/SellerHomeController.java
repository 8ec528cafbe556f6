package ladakh.crafts.marketplace.sellers.home.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.sellers.SellerHome;
import ladakh.crafts.marketplace.shared.SellerDesk;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;

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

	private final List<SellerDesk> desks;

	SellerHomeController(SellerHome home, ObjectProvider<SellerDesk> desks) {
		this.home = home;
		this.desks = desks.orderedStream().sorted(Comparator.comparingInt(SellerDesk::place)).toList();
	}

	@GetMapping("/seller")
	Mono<Rendering> home(@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		// Orders to pack, low stock and recent sales, from the areas that know them.
		Mono<List<SellerDesk.Panel>> panels = Flux.fromIterable(this.desks)
			.concatMap((desk) -> desk.panel(user.sellerId(), locale))
			.collectList();
		return this.home.of(user.sellerId())
			.zipWith(panels)
			.map((both) -> Rendering.view("sellers/home/home")
				.modelAttribute("seller", both.getT1())
				.modelAttribute("panels", both.getT2())
				.build())
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
