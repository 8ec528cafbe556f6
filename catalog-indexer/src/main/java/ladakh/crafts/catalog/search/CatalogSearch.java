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
	 * The newest searchable listings, of one seller or of everyone: what the home page
	 * and a seller's shop page show. No words, no facets, no cursor; the total is exact.
	 * @param sellerId only this seller's listings, or {@code null} for everyone's
	 * @param status only listings in this status (e.g. {@code PUBLISHED}), or
	 * {@code null} for every searchable one (published or sold out)
	 * @param page the page number from 1
	 * @param size listings per page, 1 to {@link SearchQuery#MAX_SIZE}
	 * @return one page, newest first (then by id)
	 */
	Mono<SearchPage> newest(String sellerId, String status, int page, int size);

	/**
	 * Autocomplete for what has been typed so far.
	 * @param prefix the letters typed (English or Devanagari)
	 * @param max the most suggestions wanted
	 * @return the suggestions, best first
	 */
	Mono<List<Suggestion>> suggest(String prefix, int max);

}
