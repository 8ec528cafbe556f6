package ladakh.crafts.marketplace.sellers.registration;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A request the registration rules do not allow: a {@link Refusal} whose message key (in
 * messages.properties) tells the person why.
 */
public class RegistrationRefused extends Refusal {

	public RegistrationRefused(Kind kind, String messageKey, Object... arguments) {
		super(kind, messageKey, null, arguments);
	}

	/**
	 * The same refusal as the registration pages read it, for a {@link Refusal} a seller
	 * aggregate threw.
	 */
	public static RegistrationRefused of(Refusal refusal) {
		return new RegistrationRefused(refusal.kind(), refusal.messageKey(), refusal.arguments());
	}

}
