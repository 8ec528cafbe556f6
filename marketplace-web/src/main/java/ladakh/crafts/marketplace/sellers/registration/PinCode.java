package ladakh.crafts.marketplace.sellers.registration;

import java.util.regex.Pattern;

/**
 * A postal PIN code in Ladakh: six digits, starting with 194 (the Leh and Kargil postal
 * division). Any other six digits are a valid Indian PIN but not a Ladakh one, and the
 * registration is for Ladakh residents only.
 *
 * @param value the six digits
 */
public record PinCode(String value) {

	private static final Pattern SIX_DIGITS = Pattern.compile("[1-9][0-9]{5}");

	public PinCode {
		if (value == null || !SIX_DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a 6-digit PIN code: " + value);
		}
		if (!isInLadakh(value)) {
			throw new OutsideLadakh(value);
		}
	}

	/** True for a well-formed PIN code of the Ladakh postal division. */
	public static boolean isInLadakh(String value) {
		return value.startsWith("194");
	}

	/** A well-formed PIN code outside Ladakh. */
	public static final class OutsideLadakh extends IllegalArgumentException {

		OutsideLadakh(String value) {
			super("Not a Ladakh PIN code (they start with 194): " + value);
		}

	}

}
