package ladakh.crafts.marketplace.sellers.profiles.web;

import java.util.Locale;

import ladakh.crafts.marketplace.sellers.profiles.SellerProfiles;
import ladakh.crafts.marketplace.shared.ShopShelf;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /sellers/{id}}: an artisan's, SHG's or training centre's public shop page, its
 * products a page at a time ({@code ?page=2}).
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
	Mono<Rendering> page(@PathVariable String id, @RequestParam(defaultValue = "1") int page, Locale locale) {
		if (page < 1 || page > ShopShelf.Shelf.LAST_PAGE) {
			return Mono.error(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		}
		return this.profiles.find(id, locale)
			.flatMap((profile) -> (profile.selling() ? this.shelf.listingsOf(id, page, locale)
					: Mono.just(ShopShelf.Shelf.empty(page)))
				.map((shelf) -> Rendering.view("sellers/profiles/seller")
					.modelAttribute("seller", profile)
					.modelAttribute("listings", shelf.cards())
					.modelAttribute("previousUrl", (page > 1) ? "/sellers/" + id + "?page=" + (page - 1) : null)
					.modelAttribute("nextUrl", shelf.more() ? "/sellers/" + id + "?page=" + (page + 1) : null)
					.build()))
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

}
