package ladakh.crafts.marketplace.catalog;

import ladakh.crafts.marketplace.shared.LocalizedText;

/**
 * Pieces of a seller's listing still counted at an exhibition's stall.
 *
 * @param listingId the listing
 * @param title its title
 * @param exhibitionId the exhibition whose stall count holds them
 * @param pieces how many
 */
public record LeftAtStall(String listingId, LocalizedText title, String exhibitionId, int pieces) {

}
