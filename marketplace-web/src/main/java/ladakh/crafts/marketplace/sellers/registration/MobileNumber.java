package ladakh.crafts.marketplace.sellers.registration;

import java.util.regex.Pattern;

/**
 * A 10-digit Indian mobile number (starts with 6, 7, 8 or 9), stored without the country
 * code.
 *
 * @param digits the ten digits
 */
public record MobileNumber(String digits) {

	private static final Pattern TEN_DIGITS = Pattern.compile("[6-9][0-9]{9}");

	public MobileNumber {
		if (digits == null || !TEN_DIGITS.matcher(digits).matches()) {
			throw new IllegalArgumentException("Not a 10-digit Indian mobile number: " + digits);
		}
	}

	/**
	 * Reads a number as people type it: spaces, dashes, a leading {@code +91}, {@code 91}
	 * or {@code 0} are accepted.
	 * @param text what was typed
	 * @return the number
	 * @throws IllegalArgumentException when it is not a valid mobile number
	 */
	public static MobileNumber parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("No mobile number");
		}
		String digits = text.replaceAll("[\\s\\-()]", "");
		if (digits.startsWith("+91")) {
			digits = digits.substring(3);
		}
		else if (digits.length() == 12 && digits.startsWith("91")) {
			digits = digits.substring(2);
		}
		else if (digits.length() == 11 && digits.startsWith("0")) {
			digits = digits.substring(1);
		}
		return new MobileNumber(digits);
	}

	@Override
	public String toString() {
		return this.digits;
	}

}
