package ladakh.crafts.catalog.search;

/**
 * An autocomplete entry.
 *
 * @param text what to show and search for
 * @param listingId the listing it came from, or {@code null} for a craft or synonym
 */
public record Suggestion(String text, String listingId) {

}
