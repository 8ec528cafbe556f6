package ladakh.crafts.marketplace.reports;

/**
 * One row of a breakdown: a key and the totals of the cells that share it.
 *
 * @param key the month, centre, scheme, district...; null when the records did not say
 * @param totals its totals
 * @param <T> the report's totals
 */
public record Keyed<T>(String key, T totals) {

}
