package ladakh.crafts.marketplace.sellers.registration;

import java.time.Duration;
import java.util.List;

/**
 * What became of a submitted application form.
 */
public sealed interface ApplyOutcome {

	/**
	 * Saved.
	 *
	 * @param applicationId the new application
	 * @param reference the short code the applicant checks the status with
	 */
	record Submitted(String applicationId, String reference) implements ApplyOutcome {

	}

	/**
	 * Not saved: the form has problems, to be shown beside their fields.
	 *
	 * @param problems what is wrong
	 */
	record Invalid(List<FieldProblem> problems) implements ApplyOutcome {

		public Invalid {
			problems = List.copyOf(problems);
		}

	}

	/**
	 * Not saved: the client's address sent as many applications as the window allows.
	 *
	 * @param retryAfter how long until it may send another
	 */
	record Throttled(Duration retryAfter) implements ApplyOutcome {

	}

	/**
	 * Not saved: every photo decoding slot stayed taken; sending the form again shortly
	 * will do.
	 */
	record Busy() implements ApplyOutcome {

	}

}
