package ladakh.crafts.marketplace.shared.charts;

/**
 * Maps a chart's values onto a length of the drawing, zero always included, so that a
 * bar's length is proportional to its value and negative values grow the other way.
 * <p>
 * Works in doubles: the span of two longs can overflow a long, and a pixel needs no more
 * than a double's precision. An all-zero chart gets a span of one, so nothing divides by
 * zero and every bar has no length.
 */
final class ValueScale {

	private final double lowest;

	private final double span;

	private final double start;

	private final double length;

	ValueScale(Chart chart, double start, double length) {
		this.lowest = chart.lowest();
		double highest = chart.highest();
		this.span = (highest > this.lowest) ? highest - this.lowest : 1;
		this.start = start;
		this.length = length;
	}

	/** Where a value lies along the drawing's axis. */
	double position(long value) {
		return this.start + (value - this.lowest) / this.span * this.length;
	}

	/** Where zero lies: every bar starts here. */
	double zero() {
		return position(0);
	}

	/** The length of a bar for a value, never negative. */
	double extent(long value) {
		return Math.abs(position(value) - zero());
	}

	/**
	 * The start of a bar for a value: zero for a positive one, its end for a negative.
	 */
	double from(long value) {
		return Math.min(position(value), zero());
	}

}
