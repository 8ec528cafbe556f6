package ladakh.crafts.marketplace.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.training.AttendanceMerge.Day;
import ladakh.crafts.marketplace.training.AttendanceMerge.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented rule that merges an instructor's marks with the devices' punches. */
class AttendanceMergeTests {

	private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

	private static final LocalDate TUESDAY = MONDAY.plusDays(1);

	private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

	@Test
	void aMarkSentTwiceCountsOnceAndTheLatestMarkOfADayCorrectsAnEarlierOne() {
		HandMark absent = new HandMark("m-1", "trn-1", MONDAY, Attendance.ABSENT,
				Instant.parse("2027-01-04T04:00:00Z"));
		HandMark corrected = new HandMark("m-2", "trn-1", MONDAY, Attendance.PRESENT,
				Instant.parse("2027-01-04T05:00:00Z"));
		Map<LocalDate, Day> days = AttendanceMerge.days("trn-1", List.of(corrected, absent, absent, corrected),
				List.of());
		assertThat(days).containsExactly(Map.entry(MONDAY, new Day(Attendance.PRESENT, Source.HAND, false)));
	}

	@Test
	void aPunchMeansPresentAndADisagreeingHandMarkIsShownNotBelieved() {
		List<HandMark> marks = List.of(
				new HandMark("m-1", "trn-1", MONDAY, Attendance.PRESENT, Instant.parse("2027-01-04T04:00:00Z")),
				new HandMark("m-2", "trn-1", TUESDAY, Attendance.LEAVE, Instant.parse("2027-01-05T04:00:00Z")),
				new HandMark("m-3", "trn-2", WEDNESDAY, Attendance.PRESENT, Instant.parse("2027-01-06T04:00:00Z")));
		List<Punch> punches = List.of(new Punch("trn-1", MONDAY.atTime(9, 2), "bio-1"),
				new Punch("trn-1", TUESDAY.atTime(9, 40), "bio-1"),
				new Punch("trn-1", WEDNESDAY.atTime(8, 55), "bio-2"),
				new Punch("trn-1", LocalDateTime.of(WEDNESDAY, java.time.LocalTime.of(17, 1)), "bio-2"));
		Map<LocalDate, Day> days = AttendanceMerge.days("trn-1", marks, punches);
		assertThat(days).containsExactly(Map.entry(MONDAY, new Day(Attendance.PRESENT, Source.BOTH, false)),
				Map.entry(TUESDAY, new Day(Attendance.PRESENT, Source.BOTH, true)),
				Map.entry(WEDNESDAY, new Day(Attendance.PRESENT, Source.DEVICE, false)));
		assertThat(AttendanceMerge.present(days)).containsExactly(MONDAY, TUESDAY, WEDNESDAY);
	}

	@Test
	void withoutAPunchTheInstructorsWordStands() {
		Map<LocalDate, Day> days = AttendanceMerge.days("trn-1", List.of(
				new HandMark("m-1", "trn-1", MONDAY, Attendance.LEAVE, Instant.parse("2027-01-04T04:00:00Z")),
				new HandMark("m-2", "trn-1", TUESDAY, Attendance.ABSENT, Instant.parse("2027-01-05T04:00:00Z"))),
				List.of());
		assertThat(days.get(MONDAY)).isEqualTo(new Day(Attendance.LEAVE, Source.HAND, false));
		assertThat(days.get(TUESDAY)).isEqualTo(new Day(Attendance.ABSENT, Source.HAND, false));
		assertThat(AttendanceMerge.present(days)).isEmpty();
	}

}
