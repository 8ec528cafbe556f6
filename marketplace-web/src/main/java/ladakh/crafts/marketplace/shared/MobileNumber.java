package ladakh.crafts.marketplace.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A 10-digit Indian mobile number (starts with 6, 7, 8 or 9), kept without the country
 * code. The one reading of a typed number for every area: registration, checkout and
 * sign-in all accept the same spellings.
 *
 * @param digits the ten digits
 */
public record MobileNumber(String digits) {

	private static final Pattern TEN_DIGITS = Pattern.compile("[6-9][0-9]{9}");

	private static final Pattern PUNCTUATION = Pattern.compile("[\\s\\-().]");

	public MobileNumber {
		if (digits == null || !TEN_DIGITS.matcher(digits).matches()) {
			throw new IllegalArgumentException("Not a 10-digit Indian mobile number: " + digits);
		}
	}

	/**
	 * Reads a number as people type it: spaces, dashes, dots, brackets, a leading
	 * {@code +91}, {@code 91} or {@code 0} are accepted.
	 * @param text what was typed
	 * @return the number
	 * @throws IllegalArgumentException when it is not a valid mobile number
	 */
	public static MobileNumber parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("No mobile number");
		}
		return new MobileNumber(withoutPrefix(PUNCTUATION.matcher(text.strip()).replaceAll("")));
	}

	/** The number typed, or empty when it is not a mobile number. */
	public static Optional<MobileNumber> read(String text) {
		try {
			return Optional.of(parse(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String withoutPrefix(String digits) {
		if (digits.startsWith("+91")) {
			return digits.substring(3);
		}
		if (digits.length() == 12 && digits.startsWith("91")) {
			return digits.substring(2);
		}
		if (digits.length() == 11 && digits.startsWith("0")) {
			return digits.substring(1);
		}
		return digits;
	}

	@Override
	public String toString() {
		return this.digits;
	}

}
