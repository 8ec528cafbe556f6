package ladakh.crafts.catalog.search;

/**
 * How many results a facet value would give, with the other active filters applied.
 *
 * @param value the value, e.g. a craft slug
 * @param count the number of results
 */
public record FacetCount(String value, long count) {

}
