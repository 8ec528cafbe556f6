package ladakh.crafts.marketplace.sellers.registration;

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

}
