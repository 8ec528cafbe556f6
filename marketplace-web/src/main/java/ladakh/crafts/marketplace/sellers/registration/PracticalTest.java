package ladakh.crafts.marketplace.sellers.registration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An application's practical test: scheduled by an officer, recorded by the instructor.
 *
 * @param date the day of the test
 * @param place where
 * @param instructorId the assigned instructor ({@code users._id})
 * @param scheduledBy the officer who scheduled it
 * @param marks the marks, null until recorded
 * @param remarks the instructor's remarks, null until recorded
 * @param recordedBy who recorded the marks, null until recorded
 * @param recordedAt when, null until recorded
 */
public record PracticalTest(LocalDate date, String place, String instructorId, String scheduledBy, Marks marks,
		String remarks, String recordedBy, Instant recordedAt) {

	PracticalTest recorded(Marks marks, String remarks, String by, Instant at) {
		return new PracticalTest(this.date, this.place, this.instructorId, this.scheduledBy, marks, remarks, by, at);
	}

}
