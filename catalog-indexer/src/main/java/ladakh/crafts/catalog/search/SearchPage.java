package ladakh.crafts.catalog.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total how many listings match (exact)
 * @param page the page number (1 when a cursor was used)
 * @param size the page size asked for
 * @param nextCursor an opaque token for the page after this one, or {@code null} at the
 * end
 * @param hits the results
 * @param facets the counts beside them
 * @param relaxed whether nothing matched all the words and these results match most of
 * them (decision 48)
 */
public record SearchPage(long total, int page, int size, String nextCursor, List<SearchHit> hits, Facets facets,
		boolean relaxed) {

	/** A page whose results match all the words. */
	public SearchPage(long total, int page, int size, String nextCursor, List<SearchHit> hits, Facets facets) {
		this(total, page, size, nextCursor, hits, facets, false);
	}

	/** The same page, marked as matching most of the words. */
	public SearchPage asRelaxed() {
		return new SearchPage(this.total, this.page, this.size, this.nextCursor, this.hits, this.facets, true);
	}

}
