package ladakh.crafts.marketplace.accounts;

/** Someone already has this login (the unique index on {@code users.login} said so). */
public class LoginTakenException extends RuntimeException {

	public LoginTakenException(String login) {
		super("The login " + login + " is taken");
	}

}
