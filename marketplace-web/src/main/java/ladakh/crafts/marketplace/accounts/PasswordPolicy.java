package ladakh.crafts.marketplace.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a password must be. Length matters more than character classes: at least 10
 * characters. At most 72 bytes, because bcrypt ignores anything beyond. Never the login
 * itself.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/**
	 * The message key of the first rule the password breaks, or empty when it is
	 * acceptable.
	 */
	public static Optional<String> problem(String password, String login) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		if (login != null && (password.strip().equalsIgnoreCase(login.strip()) || LoginName.parse(password)
			.map(LoginName::value)
			.filter(LoginName.attemptKey(login)::equals)
			.isPresent())) {
			return Optional.of("password.isLogin");
		}
		return Optional.empty();
	}

}
