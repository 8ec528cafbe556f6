package ladakh.crafts.marketplace.accounts;

import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * Someone already has this login (the unique index on {@code users.login} said so): a
 * conflict shown beside the login field.
 */
public class LoginTakenException extends Refusal {

	public LoginTakenException(String login) {
		super(Kind.CONFLICT, "signup.login.taken", "login", new Object[] { login }, Map.of());
	}

}
