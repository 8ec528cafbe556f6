package ladakh.crafts.demo;

/**
 * A government training centre.
 *
 * @param scheme the scheme it is funded under
 * @param intakeCapacity trainees per course
 * @param courseMonths length of a course
 * @param monthlyStipendMinor the stipend a trainee receives each month, in paise
 * @param carpetWeaving whether it is one of the carpet-weaving centres
 */
public record CentreDetails(Scheme scheme, int intakeCapacity, int courseMonths, long monthlyStipendMinor,
		boolean carpetWeaving) {

}
