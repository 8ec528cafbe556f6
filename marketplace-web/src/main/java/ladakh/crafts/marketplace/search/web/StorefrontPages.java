package ladakh.crafts.marketplace.search.web;

import java.util.Locale;
import java.util.Map;

import ladakh.crafts.catalog.search.InvalidCursorException;
import ladakh.crafts.catalog.search.SearchQuery;
import ladakh.crafts.catalog.search.SearchSort;
import ladakh.crafts.marketplace.exhibitions.StallDirectory;
import ladakh.crafts.marketplace.search.CraftGuide;
import ladakh.crafts.marketplace.search.PublicListings;
import ladakh.crafts.marketplace.search.Storefront;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The storefront's pages: search results with their facet sidebar, a product, a craft. A
 * search the page cannot run (bad prices, an unknown sort, a broken address) answers 400
 * with the search form and the reason beside it.
 */
@Controller
class StorefrontPages {

	static final int CRAFT_LISTINGS = 24;

	private final Storefront storefront;

	private final PublicListings listings;

	private final CraftGuide crafts;

	private final MessageSource messages;

	private final ProductExtras extras;

	private final StallDirectory stalls;

	StorefrontPages(Storefront storefront, PublicListings listings, CraftGuide crafts, MessageSource messages,
			ProductExtras extras, StallDirectory stalls) {
		this.extras = extras;
		this.stalls = stalls;
		this.storefront = storefront;
		this.listings = listings;
		this.crafts = crafts;
		this.messages = messages;
	}

	@GetMapping("/search")
	Mono<Rendering> search(ServerWebExchange exchange, Locale locale) {
		Map<String, String> parameters = Map.of();
		SearchQuery query;
		try {
			parameters = StrictQueryString.parse(exchange.getRequest().getURI().getRawQuery());
			query = SearchParameters.parse(parameters);
		}
		catch (SearchInputException ex) {
			// A buyer paging far is told how to narrow the search; the API's words about
			// its cursor are for programs.
			String key = "search.error.page.window".equals(ex.messageKey()) ? "search.page.window" : ex.messageKey();
			return Mono.just(refused(key, ex.arguments(), locale, parameters));
		}
		Map<String, String> kept = parameters;
		return Mono
			.zip(this.storefront.search(query), this.crafts.names(locale),
					this.stalls.searchChoices(query.exhibition(), locale))
			.map((found) -> Rendering.view("search/results")
				.modelAttribute("search",
						SearchPageView.of(found.getT1(), query, kept, found.getT2(), found.getT3(), this.messages,
								locale))
				.build())
			.onErrorResume(InvalidCursorException.class,
					(ex) -> Mono.just(refused("search.error.cursor", null, locale, kept)));
	}

	private Rendering refused(String key, Object[] arguments, Locale locale, Map<String, String> parameters) {
		String q = parameters.getOrDefault("q", "");
		return Rendering.view("search/results")
			.status(HttpStatus.BAD_REQUEST)
			.modelAttribute("error", this.messages.getMessage(key, arguments, locale))
			.modelAttribute("q", (q.length() > SearchQuery.MAX_TEXT_LENGTH) ? "" : q)
			.build();
	}

	@GetMapping("/listings/{id}")
	Mono<Rendering> listing(@PathVariable String id, Locale locale) {
		return this.listings.find(id)
			.flatMap((listing) -> this.extras.of(listing, locale)
				.map((extras) -> Rendering.view("search/listing")
					.modelAttribute("listing", listing)
					.modelAttribute("extras", extras)
					.build()))
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	@GetMapping("/crafts/{slug}")
	Mono<Rendering> craft(@PathVariable String slug, Locale locale) {
		SearchQuery query = new SearchQuery(null, slug, null, null, null, null, null, null, SearchSort.NEWEST, 1,
				CRAFT_LISTINGS, null);
		return this.crafts.craft(slug, locale)
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.flatMap((craft) -> this.storefront.search(query)
				.map((results) -> Rendering.view("search/craft")
					.modelAttribute("craft", craft)
					.modelAttribute("about", this.messages.getMessage("craft.about." + slug, null, "", locale))
					.modelAttribute("search",
							SearchPageView.of(results, query, Map.of("craft", slug), Map.of(), this.messages, locale))
					.modelAttribute("searchUrl", new SearchLinks(Map.of("craft", slug)).with("craft", slug))
					.build()));
	}

}
