package ladakh.crafts.marketplace.training;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * A change to a batch that may not be made; nothing was written. A {@link Refusal} whose
 * kind and message follow from the reason.
 */
public class CentreChangeRefusedException extends Refusal {

	private final Reason reason;

	CentreChangeRefusedException(Reason reason) {
		super(reason.kind, reason.messageKey, null);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why. */
	public enum Reason {

		/** The batch already has as many trainees as the centre's intake. */
		BATCH_FULL(Kind.CONFLICT, "centre.problem.batchFull"),
		/** The trainee is not in the state the change needs (e.g. already completed). */
		WRONG_TRAINEE_STATE(Kind.CONFLICT, "centre.problem.wrongState"),
		/** An instructor of another centre. */
		NOT_THIS_CENTRES_INSTRUCTOR(Kind.FORBIDDEN, "centre.refused.notThisCentre"),
		/** No such centre, batch or trainee. */
		NOT_FOUND(Kind.NOT_FOUND, "centre.refused.notFound");

		private final Kind kind;

		private final String messageKey;

		Reason(Kind kind, String messageKey) {
			this.kind = kind;
			this.messageKey = messageKey;
		}

	}

}
