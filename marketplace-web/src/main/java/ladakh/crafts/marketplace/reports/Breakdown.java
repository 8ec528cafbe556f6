package ladakh.crafts.marketplace.reports;

import java.util.function.Function;

import ladakh.crafts.marketplace.treasury.RevenueCell;

/**
 * The ways a year's revenue is broken down (issue 18). Each takes one key from a cell; a
 * null key is a row of its own ("not recorded", or for {@link #CENTRE} the sales of every
 * seller that is not a training centre), so the rows of any breakdown add up to the
 * year's total.
 */
public enum Breakdown {

	MONTH(RevenueCell::month), CHANNEL(RevenueCell::channel), SELLER_KIND(RevenueCell::sellerKind),
	CRAFT(RevenueCell::craft), DISTRICT(RevenueCell::district), CENTRE(RevenueCell::centreId);

	private final Function<RevenueCell, String> key;

	Breakdown(Function<RevenueCell, String> key) {
		this.key = key;
	}

	String keyOf(RevenueCell cell) {
		return this.key.apply(cell);
	}

	/** The lower-case name used in addresses, CSV and element ids. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
