package ladakh.crafts.marketplace.favourites.web;

import java.util.Map;

import ladakh.crafts.marketplace.favourites.Favourite;
import ladakh.crafts.marketplace.favourites.Favourites;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * Whether the signed-in person keeps the product or the maker a page shows, so its Save
 * button can say "Saved" and offer Remove instead. Read only on those two pages; the
 * pages' own handlers know nothing of favourites.
 */
@ControllerAdvice
class FavouritesModelAdvice {

	private static final Map<String, Favourite.Kind> PAGES = Map.of("/listings/{id}", Favourite.Kind.LISTING,
			"/sellers/{id}", Favourite.Kind.MAKER);

	private final Favourites favourites;

	FavouritesModelAdvice(Favourites favourites) {
		this.favourites = favourites;
	}

	@ModelAttribute("favouriteKept")
	Mono<Boolean> favouriteKept(ServerWebExchange exchange) {
		Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		Map<String, String> variables = exchange.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Favourite.Kind kind = (pattern != null) ? PAGES.get(pattern.toString()) : null;
		if (kind == null || variables == null || variables.get("id") == null) {
			return Mono.empty();
		}
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull((context) -> context.getAuthentication())
			.filter((authentication) -> authentication.getPrincipal() instanceof MarketplaceUser)
			.flatMap((authentication) -> this.favourites.kept((MarketplaceUser) authentication.getPrincipal(), kind,
					variables.get("id")))
			.defaultIfEmpty(false);
	}

}
