package ladakh.crafts.marketplace.reports.funnel;

import java.time.Instant;
import java.time.LocalDate;

import ladakh.crafts.marketplace.shared.IndiaTime;

/**
 * The 12 months up to a day, in India time: from the same day a year before, 00:00 IST,
 * to the end of the day (29 February's year before is 28 February).
 *
 * @param today the last day
 */
record TwelveMonths(LocalDate today) {

	/** The first day in the window. */
	LocalDate firstDay() {
		return this.today.minusYears(1);
	}

	/** Its first moment. */
	Instant from() {
		return firstDay().atStartOfDay(IndiaTime.ZONE).toInstant();
	}

	/** The first moment after it. */
	Instant until() {
		return this.today.plusDays(1).atStartOfDay(IndiaTime.ZONE).toInstant();
	}

	/** Whether a sale on this day (or none, null) leaves the seller quiet. */
	boolean quietSince(LocalDate lastSaleOn) {
		return lastSaleOn == null || lastSaleOn.isBefore(firstDay());
	}

}
