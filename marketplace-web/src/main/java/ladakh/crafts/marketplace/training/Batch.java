package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.util.List;

/**
 * A course batch at a centre ({@code centre_batches}).
 *
 * @param id the batch id
 * @param centreId the centre
 * @param craft the craft taught
 * @param startsOn the first day
 * @param endsOn the last day
 * @param capacity how many trainees may enrol (the centre's intake when created)
 * @param trainees the trainees, in order of enrolment
 */
public record Batch(String id, String centreId, String craft, LocalDate startsOn, LocalDate endsOn, int capacity,
		List<Trainee> trainees) {

	public int seatsLeft() {
		return Math.max(0, this.capacity - this.trainees.size());
	}

	/** A trainee in a batch. */
	public record Trainee(String traineeId, String name, TraineeStatus status, TraineeOutcome outcome,
			String artisanId) {

	}

}
