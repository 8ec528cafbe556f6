package ladakh.crafts.marketplace.sellers.registration;

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
