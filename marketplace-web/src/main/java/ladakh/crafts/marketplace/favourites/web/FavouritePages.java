package ladakh.crafts.marketplace.favourites.web;

import ladakh.crafts.marketplace.favourites.Favourite;
import ladakh.crafts.marketplace.favourites.Favourites;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The buyer's favourites page and the Save / Remove buttons. Saving goes back to the page
 * the button was on (the listing or the maker's shop), removing to the favourites.
 */
@Controller
class FavouritePages {

	private final Favourites favourites;

	FavouritePages(Favourites favourites) {
		this.favourites = favourites;
	}

	@GetMapping("/favourites")
	Mono<Rendering> page(@AuthenticationPrincipal MarketplaceUser buyer, @RequestParam(required = false) String after) {
		return this.favourites.of(buyer, After.parse(after))
			.map((page) -> Rendering.view("favourites/page").modelAttribute("favourites", page).build());
	}

	@PostMapping("/favourites/listings/{id}")
	Mono<Rendering> addListing(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id) {
		return add(buyer, Favourite.Kind.LISTING, id);
	}

	@PostMapping("/favourites/makers/{id}")
	Mono<Rendering> addMaker(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id) {
		return add(buyer, Favourite.Kind.MAKER, id);
	}

	@PostMapping("/favourites/listings/{id}/remove")
	Mono<Rendering> removeListing(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id,
			@ModelAttribute RemoveForm form) {
		return remove(buyer, Favourite.Kind.LISTING, id, form);
	}

	@PostMapping("/favourites/makers/{id}/remove")
	Mono<Rendering> removeMaker(@AuthenticationPrincipal MarketplaceUser buyer, @PathVariable String id,
			@ModelAttribute RemoveForm form) {
		return remove(buyer, Favourite.Kind.MAKER, id, form);
	}

	/**
	 * Where to go after removing: {@code page} back to the product or the maker (the
	 * button on their page), anything else to the favourites.
	 */
	record RemoveForm(String back) {
	}

	private Mono<Rendering> add(MarketplaceUser buyer, Favourite.Kind kind, String id) {
		return this.favourites.add(buyer, kind, id)
			.map((favourite) -> Rendering.redirectTo(favourite.url() + "?saved").build());
	}

	private Mono<Rendering> remove(MarketplaceUser buyer, Favourite.Kind kind, String id, RemoveForm form) {
		// Back to the page built from the kind and the id, never to an address sent.
		String page = Favourite.pageOf(kind, id);
		return this.favourites.remove(buyer, kind, id)
			.thenReturn(Rendering.redirectTo("page".equals(form.back()) ? page : "/favourites?removed").build());
	}

}
