package ladakh.crafts.marketplace.sellers.registration;

/**
 * One choice in a picker: an id and what to show.
 *
 * @param id the stored value
 * @param label the text shown
 */
public record Option(String id, String label) {

}
