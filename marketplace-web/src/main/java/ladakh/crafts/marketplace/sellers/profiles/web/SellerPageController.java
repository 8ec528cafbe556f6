package ladakh.crafts.marketplace.sellers.profiles.web;

import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.sellers.profiles.SellerProfiles;
import ladakh.crafts.marketplace.shared.ShopShelf;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /sellers/{id}}: an artisan's, SHG's or training centre's public shop page.
 */
@Controller
class SellerPageController {

	private final SellerProfiles profiles;

	private final ShopShelf shelf;

	SellerPageController(SellerProfiles profiles, ShopShelf shelf) {
		this.profiles = profiles;
		this.shelf = shelf;
	}

	@GetMapping("/sellers/{id}")
	Mono<Rendering> page(@PathVariable String id, Locale locale) {
		return this.profiles.find(id, locale)
			.flatMap((profile) -> (profile.selling() ? this.shelf.listingsOf(id, locale) : Mono.just(List.of()))
				.map((listings) -> Rendering.view("sellers/profiles/seller")
					.modelAttribute("seller", profile)
					.modelAttribute("listings", listings)
					.build()))
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
