package ladakh.crafts.marketplace.search.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.catalog.search.InvalidCursorException;
import ladakh.crafts.catalog.search.SearchQuery;
import ladakh.crafts.marketplace.search.PublicListing;
import ladakh.crafts.marketplace.search.PublicListings;
import ladakh.crafts.marketplace.search.Storefront;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The public search API: {@code /api/v1/search}, {@code /api/v1/suggest},
 * {@code /api/v1/listings/{id}}. Parameters are read from the raw query string (see
 * {@link StrictQueryString}) so that invalid UTF-8 answers 400, not a search for
 * replacement characters.
 * <p>
 * While Elasticsearch is down a search without words answers from MongoDB with
 * {@code "limited": true}; one with words answers 503, because MongoDB cannot search text
 * and results without the words would look like an answer to them.
 */
@RestController
class SearchApiController {

	static final int MAX_PREFIX_LENGTH = 100;

	private final Storefront storefront;

	private final PublicListings listings;

	SearchApiController(Storefront storefront, PublicListings listings) {
		this.storefront = storefront;
		this.listings = listings;
	}

	@GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<SearchJson.Response> search(ServerWebExchange exchange, Locale locale) {
		SearchQuery query = SearchParameters
			.parse(StrictQueryString.parse(exchange.getRequest().getURI().getRawQuery()));
		return this.storefront.search(query).map((results) -> {
			if (results.textIgnored()) {
				// Words were asked for while only MongoDB can answer: try again in a
				// minute, or browse without words.
				throw Refusal.unavailable("search.error.textUnavailable")
					.with("limited", true)
					.retryAfter(Duration.ofSeconds(60));
			}
			return SearchJson.of(results, locale);
		});
	}

	@GetMapping(path = "/api/v1/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<SuggestJson> suggest(ServerWebExchange exchange) {
		Map<String, String> parameters = StrictQueryString.parse(exchange.getRequest().getURI().getRawQuery());
		String prefix = parameters.getOrDefault("q", "").strip();
		if (prefix.length() > MAX_PREFIX_LENGTH) {
			throw SearchInputException.of("q.tooLong", MAX_PREFIX_LENGTH);
		}
		if (prefix.isEmpty()) {
			return Mono.just(new SuggestJson(List.of(), false));
		}
		return this.storefront.suggest(prefix)
			.map((found) -> new SuggestJson(found.suggestions()
				.stream()
				.map((suggestion) -> new SuggestJson.Entry(suggestion.text(), suggestion.listingId()))
				.toList(), found.limited()));
	}

	@GetMapping(path = "/api/v1/listings/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ListingJson> listing(@PathVariable String id) {
		return this.listings.find(id)
			.map(ListingJson::of)
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	/** A cursor the search did not hand out: the client starts again. */
	@ExceptionHandler(InvalidCursorException.class)
	Mono<Void> badCursor() {
		return Mono.error(Refusal.invalid("search.error.cursor"));
	}

	record SuggestJson(List<Entry> suggestions, boolean limited) {

		record Entry(String text, String listingId) {

		}

	}

	/**
	 * {@code /api/v1/listings/{id}}: texts as {@code {en, hi}}, the price as in search
	 * hits.
	 */
	record ListingJson(String id, LocalizedText title, LocalizedText description, String craft, LocalizedText craftName,
			List<String> materials, String dimensions, Integer weightGrams, SearchJson.Price price, String status,
			boolean inStock, int stock, boolean madeToOrder, Integer leadTimeDays, List<PublicListing.Photo> photos,
			PublicListing.GiTag gi, LocalizedText careNotes, PublicListing.Maker seller,
			List<PublicListing.Stall> stalls, String url) {

		static ListingJson of(PublicListing listing) {
			return new ListingJson(listing.id(), listing.title(), listing.description(), listing.craft(),
					listing.craftName(), listing.materials(), listing.dimensions(), listing.weightGrams(),
					new SearchJson.Price(listing.price().minor(), listing.price().currencyCode()), listing.status(),
					listing.inStock(), listing.stock(), listing.madeToOrder(), listing.leadTimeDays(), listing.photos(),
					listing.gi(), listing.careNotes(), listing.seller(), listing.stalls(), "/listings/" + listing.id());
		}

	}

}
