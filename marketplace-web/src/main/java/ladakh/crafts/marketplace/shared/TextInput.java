package ladakh.crafts.marketplace.shared;

/**
 * What any text a person sends may hold, checked once at the edge for every form field
 * and JSON string (docs/decisions/0033): no control characters but tab and line breaks (a
 * NUL, an escape sequence or a C1 control is never text someone meant), no half of a
 * surrogate pair, and at most {@link #MAX_LENGTH} characters. Each field's own rules
 * (required, its own maximum length) still apply on top.
 */
public final class TextInput {

	/** Longer than any field's own limit; bounds what one value can cost us. */
	public static final int MAX_LENGTH = 20_000;

	/** Message code: a control character was sent. */
	public static final String CONTROL = "input.refused.control";

	/** Message code: longer than {@link #MAX_LENGTH}. */
	public static final String TOO_LONG = "input.refused.tooLong";

	private TextInput() {
	}

	/**
	 * Why this text cannot be taken.
	 * @return {@link #CONTROL}, {@link #TOO_LONG}, or null when it is fine
	 */
	public static String problem(String value) {
		if (value == null) {
			return null;
		}
		if (value.length() > MAX_LENGTH) {
			return TOO_LONG;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (control(c)) {
				return CONTROL;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
					return CONTROL;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return CONTROL;
			}
		}
		return null;
	}

	private static boolean control(char c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return false;
		}
		return c < 0x20 || (c >= 0x7F && c <= 0x9F);
	}

}
