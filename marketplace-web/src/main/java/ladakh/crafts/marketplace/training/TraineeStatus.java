package ladakh.crafts.marketplace.training;

/** Where a trainee is in a course: enrolled, then completed or dropped. */
public enum TraineeStatus {

	ENROLLED, COMPLETED, DROPPED

}
