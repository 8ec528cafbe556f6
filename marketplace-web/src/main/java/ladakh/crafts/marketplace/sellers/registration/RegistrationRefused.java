package ladakh.crafts.marketplace.sellers.registration;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A request the registration rules do not allow. The message key (in messages.properties)
 * tells the person why; the kind tells the web edge which status to answer.
 */
public class RegistrationRefused extends RuntimeException {

	private final Kind kind;

	private final String messageKey;

	private final transient Object[] arguments;

	public RegistrationRefused(Kind kind, String messageKey, Object... arguments) {
		super(messageKey);
		this.kind = kind;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/**
	 * The same refusal as the registration pages read it, for a {@link Refusal} a seller
	 * aggregate threw (until those pages take {@link Refusal} themselves).
	 */
	public static RegistrationRefused of(Refusal refusal) {
		Kind kind = switch (refusal.kind()) {
			case FORBIDDEN -> Kind.FORBIDDEN;
			case NOT_FOUND -> Kind.NOT_FOUND;
			case INVALID -> Kind.INVALID;
			default -> Kind.CONFLICT;
		};
		return new RegistrationRefused(kind, refusal.messageKey(), refusal.arguments());
	}

	public Kind kind() {
		return this.kind;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** Why a request was refused. */
	public enum Kind {

		/** Not in the right state, or someone else got there first. */
		CONFLICT,
		/** This person may not do this to this record. */
		FORBIDDEN,
		/** No such record (or none this person may see). */
		NOT_FOUND,
		/** The input itself is wrong. */
		INVALID

	}

}
