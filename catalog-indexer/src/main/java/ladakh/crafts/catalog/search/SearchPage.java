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
 */
public record SearchPage(long total, int page, int size, String nextCursor, List<SearchHit> hits, Facets facets) {

}
