package ladakh.crafts.marketplace.training;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A mark an instructor made on the phone. Its id is made on the phone when the mark is
 * made, so a mark sent again (the network dropped before the answer came) is the same
 * mark, counted once.
 *
 * @param id made on the phone
 * @param personId the trainee's or instructor's id
 * @param day the day marked, India time
 * @param attendance what the instructor marked
 * @param markedAt when it was marked (a later mark of the same day corrects an earlier)
 */
public record HandMark(String id, String personId, LocalDate day, Attendance attendance, Instant markedAt) {

}
