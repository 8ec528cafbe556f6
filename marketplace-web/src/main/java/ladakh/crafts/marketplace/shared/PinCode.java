package ladakh.crafts.marketplace.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Indian postal PIN code: six digits, not starting with 0. Those of the Leh and Kargil
 * postal division start with 194; {@link #inLadakh} reads one that must be there (the
 * registration is for Ladakh residents only).
 *
 * @param value the six digits
 */
public record PinCode(String value) {

	private static final Pattern SIX_DIGITS = Pattern.compile("[1-9][0-9]{5}");

	public PinCode {
		if (value == null || !SIX_DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a 6-digit PIN code: " + value);
		}
	}

	/** The PIN code typed (surrounding spaces ignored), or empty when it is not one. */
	public static Optional<PinCode> read(String text) {
		if (text == null || !SIX_DIGITS.matcher(text.strip()).matches()) {
			return Optional.empty();
		}
		return Optional.of(new PinCode(text.strip()));
	}

	/**
	 * A PIN code of the Ladakh postal division.
	 * @throws OutsideLadakh for a well-formed PIN code elsewhere
	 * @throws IllegalArgumentException for anything that is not a PIN code
	 */
	public static PinCode inLadakh(String value) {
		PinCode pin = new PinCode(value);
		if (!pin.isInLadakh()) {
			throw new OutsideLadakh(value);
		}
		return pin;
	}

	/** True for a PIN code of the Ladakh postal division. */
	public boolean isInLadakh() {
		return this.value.startsWith("194");
	}

	@Override
	public String toString() {
		return this.value;
	}

	/** A well-formed PIN code outside Ladakh. */
	public static final class OutsideLadakh extends IllegalArgumentException {

		OutsideLadakh(String value) {
			super("Not a Ladakh PIN code (they start with 194): " + value);
		}

	}

}
