package ladakh.crafts.marketplace.orders;

/**
 * A fulfilment step was refused: no such part for this person (404), the part is not in
 * the state the step needs (409), or the input is missing (400).
 */
public class FulfilmentRefused extends RuntimeException {

	/** Why. */
	public enum Kind {

		NOT_FOUND, CONFLICT, INVALID

	}

	private final Kind kind;

	private final String code;

	private final String field;

	public FulfilmentRefused(Kind kind, String code, String field) {
		super(code);
		this.kind = kind;
		this.code = code;
		this.field = field;
	}

	static FulfilmentRefused notFound() {
		return new FulfilmentRefused(Kind.NOT_FOUND, "fulfilment.error.notFound", null);
	}

	public Kind kind() {
		return this.kind;
	}

	/** The message code. */
	public String code() {
		return this.code;
	}

	/** The form field at fault, or null. */
	public String field() {
		return this.field;
	}

}
