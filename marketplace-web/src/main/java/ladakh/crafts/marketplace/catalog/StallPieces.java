package ladakh.crafts.marketplace.catalog;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;

/**
 * A listing's pieces online and at one exhibition's stall.
 *
 * @param listingId the listing
 * @param title its title
 * @param price the price of one piece
 * @param online pieces online buyers can take
 * @param atStall pieces at the stall, which only the stall sells
 */
public record StallPieces(String listingId, LocalizedText title, Money price, int online, int atStall) {

}
