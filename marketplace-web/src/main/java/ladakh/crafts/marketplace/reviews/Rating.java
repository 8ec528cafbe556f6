package ladakh.crafts.marketplace.reviews;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A listing's rating over its shown reviews.
 *
 * @param count how many reviews are shown
 * @param sum their stars added up
 */
public record Rating(long count, long sum) {

	public static final Rating NONE = new Rating(0, 0);

	/** The average to one decimal (4.3), or null when nobody reviewed it yet. */
	public BigDecimal average() {
		if (this.count <= 0) {
			return null;
		}
		return BigDecimal.valueOf(this.sum).divide(BigDecimal.valueOf(this.count), 1, RoundingMode.HALF_UP);
	}

	/** The average as written on the page ("4.3"), or null. */
	public String averageText() {
		BigDecimal average = average();
		return (average != null) ? average.toPlainString() : null;
	}

	/** Whole stars to draw (the average rounded). */
	public int wholeStars() {
		BigDecimal average = average();
		return (average != null) ? average.setScale(0, RoundingMode.HALF_UP).intValue() : 0;
	}

}
