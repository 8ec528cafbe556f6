package ladakh.crafts.marketplace.reports.funnel;

import java.time.LocalDate;

import ladakh.crafts.marketplace.shared.Money;

/**
 * What the funnel knows of the seller an ex-trainee became, gathered from the sellers,
 * catalog and treasury areas (days in India time).
 *
 * @param sellerId the seller
 * @param registrationNumber their registration number, or null
 * @param registeredOn when the department registered them, or null when it has not
 * @param firstListedOn their first publication, or null
 * @param firstSaleOn their first sale, or null
 * @param lastSaleOn their last sale, or null
 * @param lastTwelveMonths the net of their ledger lines in the 12 months up to the day
 */
record SellerProgress(String sellerId, String registrationNumber, LocalDate registeredOn, LocalDate firstListedOn,
		LocalDate firstSaleOn, LocalDate lastSaleOn, Money lastTwelveMonths) {

	/** A seller nobody has a record of. */
	static SellerProgress unknown(String sellerId) {
		return new SellerProgress(sellerId, null, null, null, null, null, Money.ZERO);
	}

}
