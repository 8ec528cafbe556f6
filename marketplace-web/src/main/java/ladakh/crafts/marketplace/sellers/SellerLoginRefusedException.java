package ladakh.crafts.marketplace.sellers;

import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * The accounts side would not give a seller this login: it is neither a mobile number nor
 * an email address, or another account already signs in with it. Raised by
 * {@link SellerAccountIssuer} so that the sellers area can answer with a message beside
 * the field without knowing the accounts area's own exceptions.
 */
public class SellerLoginRefusedException extends Refusal {

	private final Reason reason;

	public SellerLoginRefusedException(Reason reason, String login) {
		super((reason == Reason.TAKEN) ? Kind.CONFLICT : Kind.INVALID,
				(reason == Reason.TAKEN) ? "staff.signIn.manager.taken" : "staff.signIn.manager.invalid", "login",
				new Object[] { login }, Map.of());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	public enum Reason {

		/** Not a 10-digit Indian mobile number or an email address. */
		UNUSABLE,

		/** Another account already signs in with it. */
		TAKEN

	}

}
