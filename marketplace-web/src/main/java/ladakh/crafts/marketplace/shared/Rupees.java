package ladakh.crafts.marketplace.shared;

/**
 * Formats an amount of paise as Indian rupees with Indian digit grouping:
 * {@code 12000000} becomes {@code ₹1,20,000} and {@code 249950} becomes
 * {@code ₹2,499.50}. Whole amounts carry no decimals; any other amount carries exactly
 * two. Registered as the bean {@code rupees} so templates can write
 * {@code ${@rupees.format(card.priceMinor)}}.
 */
public final class Rupees {

	private static final char SYMBOL = '\u20B9';

	public String format(long paise) {
		return formatPaise(paise);
	}

	public static String formatPaise(long paise) {
		boolean negative = paise < 0;
		// Long.MIN_VALUE cannot be negated; the unsigned string of its magnitude is
		// exact.
		String digits = negative ? Long.toUnsignedString(-paise) : Long.toString(paise);
		if (digits.length() < 3) {
			digits = "0".repeat(3 - digits.length()) + digits;
		}
		String rupees = digits.substring(0, digits.length() - 2);
		String fraction = digits.substring(digits.length() - 2);
		StringBuilder out = new StringBuilder(negative ? "-" : "").append(SYMBOL).append(group(rupees));
		if (!"00".equals(fraction)) {
			out.append('.').append(fraction);
		}
		return out.toString();
	}

	/** Last three digits form one group; every group before them has two. */
	private static String group(String rupees) {
		int length = rupees.length();
		if (length <= 3) {
			return rupees;
		}
		StringBuilder grouped = new StringBuilder(rupees.substring(length - 3));
		int end = length - 3;
		while (end > 0) {
			int start = Math.max(0, end - 2);
			grouped.insert(0, ',').insert(0, rupees, start, end);
			end = start;
		}
		return grouped.toString();
	}

}
