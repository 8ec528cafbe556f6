package ladakh.crafts.catalog.search;

import ladakh.crafts.catalog.index.Localized;

/**
 * One result.
 *
 * @param id the listing id
 * @param title the title
 * @param craft the craft slug
 * @param craftName the craft's names
 * @param priceMinor the price in paise
 * @param currency {@code INR}
 * @param sellerId the seller's id
 * @param sellerName the seller's name
 * @param sellerType {@code ARTISAN}, {@code SHG} or {@code TRAINING_CENTRE}
 * @param district the seller's district
 * @param registrationNumber the seller's registration number, or {@code null}
 * @param verified whether the seller's registration is valid today
 * @param inStock whether it can be bought now
 * @param madeToOrder whether it is made to order
 * @param leadTimeDays days to make it, or {@code null}
 * @param gi whether it carries a GI tag
 * @param thumbnailId GridFS id of the thumbnail, or {@code null}
 */
public record SearchHit(String id, Localized title, String craft, Localized craftName, long priceMinor, String currency,
		String sellerId, String sellerName, String sellerType, String district, String registrationNumber,
		boolean verified, boolean inStock, boolean madeToOrder, Integer leadTimeDays, boolean gi, String thumbnailId) {

}
