package ladakh.crafts.marketplace.stalls;

import ladakh.crafts.marketplace.catalog.LeftAtStall;
import ladakh.crafts.marketplace.exhibitions.Exhibition;

/**
 * Pieces left at the stall of an exhibition where the seller holds no confirmed stall:
 * they can only go back online.
 *
 * @param pieces the listing and how many
 * @param exhibition the exhibition
 */
public record StallLeftover(LeftAtStall pieces, Exhibition exhibition) {

}
