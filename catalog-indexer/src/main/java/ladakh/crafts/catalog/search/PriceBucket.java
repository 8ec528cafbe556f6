package ladakh.crafts.catalog.search;

/**
 * A price range and how many results fall in it.
 *
 * @param fromMinor the lower bound in paise, inclusive, or {@code null} for "any"
 * @param toMinor the upper bound in paise, exclusive, or {@code null} for "any"
 * @param count the number of results
 */
public record PriceBucket(Long fromMinor, Long toMinor, long count) {

}
