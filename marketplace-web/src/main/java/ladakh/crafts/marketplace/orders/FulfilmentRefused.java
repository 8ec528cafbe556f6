package ladakh.crafts.marketplace.orders;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A fulfilment step was refused: no such part for this person (NOT_FOUND), the part is
 * not in the state the step needs (CONFLICT), or the input is missing (INVALID, with its
 * field).
 */
public class FulfilmentRefused extends Refusal {

	public FulfilmentRefused(Kind kind, String code, String field) {
		super(kind, code, field);
	}

	static FulfilmentRefused notFound() {
		return new FulfilmentRefused(Kind.NOT_FOUND, "fulfilment.error.notFound", null);
	}

	/** The message code. */
	public String code() {
		return messageKey();
	}

}
