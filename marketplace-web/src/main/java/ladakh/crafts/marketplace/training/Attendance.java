package ladakh.crafts.marketplace.training;

/** A person's attendance on a day, as an instructor marks it. */
public enum Attendance {

	PRESENT, ABSENT, LEAVE

}
