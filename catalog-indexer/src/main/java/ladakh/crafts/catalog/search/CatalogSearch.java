package ladakh.crafts.catalog.search;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * The query API over the listing index that the storefront calls. Only searchable
 * listings are ever returned. Errors: {@link SearchUnavailableException} when
 * Elasticsearch cannot answer, {@link InvalidCursorException} for a cursor it did not
 * hand out.
 */
public interface CatalogSearch {

	/**
	 * Full text, filters, facets and paging.
	 * @param query the search
	 * @return one page of results
	 */
	Mono<SearchPage> search(SearchQuery query);

	/**
	 * Autocomplete for what has been typed so far.
	 * @param prefix the letters typed (English or Devanagari)
	 * @param max the most suggestions wanted
	 * @return the suggestions, best first
	 */
	Mono<List<Suggestion>> suggest(String prefix, int max);

}
