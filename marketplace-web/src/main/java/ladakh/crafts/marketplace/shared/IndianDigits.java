package ladakh.crafts.marketplace.shared;

/**
 * Indian digit grouping ({@code 1,07,00,000}): the last three digits form one group,
 * every group before them has two. {@link java.text.DecimalFormat} knows one group size
 * only, so it cannot write this; {@link Money} and the charts' counts share this one.
 */
public final class IndianDigits {

	private IndianDigits() {
	}

	/** A whole number with Indian grouping, {@code -} before a negative one. */
	public static String grouped(long number) {
		// Long.MIN_VALUE cannot be negated; the unsigned string of its magnitude is
		// exact.
		return (number < 0) ? "-" + grouped(Long.toUnsignedString(-number)) : grouped(Long.toString(number));
	}

	/** A string of digits (no sign) with Indian grouping. */
	public static String grouped(String digits) {
		int length = digits.length();
		if (length <= 3) {
			return digits;
		}
		StringBuilder grouped = new StringBuilder(digits.substring(length - 3));
		int end = length - 3;
		while (end > 0) {
			int start = Math.max(0, end - 2);
			grouped.insert(0, ',').insert(0, digits, start, end);
			end = start;
		}
		return grouped.toString();
	}

}
