package ladakh.crafts.marketplace.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.shared.MobileNumber;

/**
 * What a person signs in with: a lower-case email address, or a 10-digit Indian mobile
 * number. {@code "+91 98765 43210"}, {@code "098765-43210"} and {@code "9876543210"} are
 * the same login.
 *
 * @param value the normalised login
 */
public record LoginName(String value) {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final Pattern MOBILE = Pattern.compile("[6-9][0-9]{9}");

	public LoginName {
		if (value == null || !(EMAIL.matcher(value).matches() || MOBILE.matcher(value).matches())
				|| !value.equals(value.toLowerCase(Locale.ROOT)) || value.length() > 254) {
			throw new IllegalArgumentException("Not an email address or a 10-digit mobile number: " + value);
		}
	}

	/** The normalised login, or empty when the text is neither an email nor a mobile. */
	public static Optional<LoginName> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String trimmed = text.strip();
		if (trimmed.contains("@")) {
			String email = trimmed.toLowerCase(Locale.ROOT);
			return (EMAIL.matcher(email).matches() && email.length() <= 254) ? Optional.of(new LoginName(email))
					: Optional.empty();
		}
		return MobileNumber.read(trimmed).map((mobile) -> new LoginName(mobile.digits()));
	}

	/**
	 * The key a login attempt is counted under: the normalised login, or the raw text
	 * folded to lower case when it is not a valid login (so guesses at nonsense names are
	 * counted too).
	 */
	public static String attemptKey(String text) {
		return parse(text).map(LoginName::value)
			.orElseGet(() -> (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "");
	}

	public boolean isMobile() {
		return MOBILE.matcher(this.value).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
