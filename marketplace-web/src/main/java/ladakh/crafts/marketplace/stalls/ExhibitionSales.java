package ladakh.crafts.marketplace.stalls;

import ladakh.crafts.marketplace.shared.Money;

/**
 * An exhibition's stall sales, summed by the database.
 *
 * @param exhibitionId the exhibition
 * @param total what buyers paid at its stalls
 * @param sales how many sales
 */
public record ExhibitionSales(String exhibitionId, Money total, long sales) {

}
