package ladakh.crafts.marketplace.accounts;

import java.util.Set;

import ladakh.crafts.marketplace.system.security.Role;

/**
 * An account to create.
 *
 * @param login the normalised login
 * @param displayName how to greet them
 * @param password the plain password (checked against {@link PasswordPolicy})
 * @param roles their roles
 * @param sellerId the seller a SELLER acts for, otherwise {@code null}
 * @param oneTimePassword whether the password was generated to be handed over, so its
 * owner must choose their own at first sign-in
 */
record NewAccount(LoginName login, String displayName, String password, Set<Role> roles, String sellerId,
		boolean oneTimePassword) {

	/** An account whose owner chose the password. */
	NewAccount(LoginName login, String displayName, String password, Set<Role> roles, String sellerId) {
		this(login, displayName, password, roles, sellerId, false);
	}

}
