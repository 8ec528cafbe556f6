package ladakh.crafts.marketplace.shared.charts;

import ladakh.crafts.marketplace.shared.IndianDigits;
import ladakh.crafts.marketplace.shared.Money;

/**
 * How a chart writes its values, in the drawing and in the table alike. The figures read
 * the same in English and Hindi (see {@link Money#format()}), so no locale is needed.
 */
public enum ValueFormat {

	/** A number of things: {@code 1,07,000} trainees. */
	COUNT {
		@Override
		public String format(long value) {
			return IndianDigits.grouped(value);
		}
	},

	/** An amount of paise, written as rupees: {@code ₹1,07,00,000}. */
	PAISE {
		@Override
		public String format(long value) {
			return Money.paise(value).format();
		}
	};

	public abstract String format(long value);

}
