package ladakh.crafts.marketplace.sellers.centres;

/**
 * A change to a batch that may not be made; nothing was written.
 */
public class CentreChangeRefusedException extends RuntimeException {

	private final Reason reason;

	CentreChangeRefusedException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why. */
	public enum Reason {

		/** The batch already has as many trainees as the centre's intake. */
		BATCH_FULL,
		/** The trainee is not in the state the change needs (e.g. already completed). */
		WRONG_TRAINEE_STATE,
		/** An instructor of another centre. */
		NOT_THIS_CENTRES_INSTRUCTOR,
		/** No such centre, batch or trainee. */
		NOT_FOUND

	}

}
