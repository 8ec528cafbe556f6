package ladakh.crafts.marketplace.sellers.centres;

/** Where a trainee is in a course: enrolled, then completed or dropped. */
public enum TraineeStatus {

	ENROLLED, COMPLETED, DROPPED

}
