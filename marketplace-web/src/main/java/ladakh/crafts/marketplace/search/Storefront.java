package ladakh.crafts.marketplace.search;

import java.util.List;

import ladakh.crafts.catalog.search.CatalogSearch;
import ladakh.crafts.catalog.search.SearchPage;
import ladakh.crafts.catalog.search.SearchQuery;
import ladakh.crafts.catalog.search.SearchUnavailableException;
import ladakh.crafts.catalog.search.Suggestion;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What the storefront asks of search: the index through {@link CatalogSearch} when it
 * answers, MongoDB when it does not ({@link SearchUnavailableException}, or no search
 * configured at all). MongoDB has no full text, so a result from it says so: it is
 * {@code limited}, and {@code textIgnored} when words were asked for.
 */
@Service
public class Storefront {

	public static final int MAX_SUGGESTIONS = 8;

	private final ObjectProvider<CatalogSearch> search;

	private final CatalogBrowse browse;

	private final IndexFirst indexFirst;

	Storefront(ObjectProvider<CatalogSearch> search, CatalogBrowse browse, IndexFirst indexFirst) {
		this.search = search;
		this.browse = browse;
		this.indexFirst = indexFirst;
	}

	public Mono<Results> search(SearchQuery query) {
		boolean text = query.text() != null && !query.text().isBlank();
		return this.indexFirst.read("search results",
				(index) -> index.search(query).map((page) -> new Results(page, false, false)),
				() -> this.browse.browse(query.withText(null)).map((page) -> new Results(page, true, text)));
	}

	/** Autocomplete; nothing (rather than an error) while search is unavailable. */
	public Mono<Suggestions> suggest(String prefix) {
		CatalogSearch index = this.search.getIfAvailable();
		if (index == null) {
			return Mono.just(new Suggestions(List.of(), true));
		}
		return Mono.defer(() -> index.suggest(prefix, MAX_SUGGESTIONS))
			.map((found) -> new Suggestions(found, false))
			.onErrorResume(SearchUnavailableException.class, (ex) -> Mono.just(new Suggestions(List.of(), true)));
	}

	/**
	 * @param page the results
	 * @param limited whether they come from MongoDB because search is unavailable
	 * @param textIgnored whether words were asked for and could not be searched
	 */
	public record Results(SearchPage page, boolean limited, boolean textIgnored) {

	}

	/**
	 * @param suggestions best first
	 * @param limited whether search is unavailable
	 */
	public record Suggestions(List<Suggestion> suggestions, boolean limited) {

	}

}
