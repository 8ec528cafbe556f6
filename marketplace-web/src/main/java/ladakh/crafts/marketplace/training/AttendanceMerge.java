package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One person's days from the marks made by hand and the punches of the biometric devices,
 * by one rule (decision 0059):
 * <ol>
 * <li>a hand mark sent more than once (same id) counts once;</li>
 * <li>of several hand marks of a day, the latest made is the instructor's word (a
 * correction);</li>
 * <li>a punch on a day means the person was there: PRESENT, whatever the hand said. A
 * hand mark of ABSENT or LEAVE on a punched day is kept as a disagreement for the officer
 * to look at, not a reason to doubt the device;</li>
 * <li>without a punch, the instructor's word stands; a day with neither is not
 * marked.</li>
 * </ol>
 * So a day counts once whether it came from the phone, the device file or both.
 */
public final class AttendanceMerge {

	private AttendanceMerge() {
	}

	/** How a day's attendance was known. */
	public enum Source {

		HAND, DEVICE, BOTH

	}

	/**
	 * A merged day.
	 *
	 * @param attendance what counts
	 * @param source where it came from
	 * @param disagreement the hand said ABSENT or LEAVE on a day the device saw the
	 * person
	 */
	public record Day(Attendance attendance, Source source, boolean disagreement) {

	}

	/**
	 * The person's merged days, in date order.
	 * @param personId whose days
	 * @param marks hand marks (anyone's: only the person's are read)
	 * @param punches device punches (anyone's: only the person's are read)
	 */
	public static Map<LocalDate, Day> days(String personId, Collection<HandMark> marks, Collection<Punch> punches) {
		Map<String, HandMark> once = new LinkedHashMap<>();
		marks.stream()
			.filter((mark) -> mark.personId().equals(personId))
			.forEach((mark) -> once.putIfAbsent(mark.id(), mark));
		Map<LocalDate, HandMark> word = once.values()
			.stream()
			.collect(Collectors.toMap(HandMark::day, (mark) -> mark, AttendanceMerge::later));
		Set<LocalDate> punched = punches.stream()
			.filter((punch) -> punch.personId().equals(personId))
			.map((punch) -> punch.at().toLocalDate())
			.collect(Collectors.toCollection(TreeSet::new));
		Map<LocalDate, Day> days = new TreeMap<>();
		word.forEach((day, mark) -> days.put(day, new Day(mark.attendance(), Source.HAND, false)));
		for (LocalDate day : punched) {
			HandMark mark = word.get(day);
			days.put(day, (mark == null) ? new Day(Attendance.PRESENT, Source.DEVICE, false)
					: new Day(Attendance.PRESENT, Source.BOTH, mark.attendance() != Attendance.PRESENT));
		}
		return days;
	}

	/** The days the person counts as present. */
	public static Set<LocalDate> present(Map<LocalDate, Day> days) {
		return days.entrySet()
			.stream()
			.filter((day) -> day.getValue().attendance() == Attendance.PRESENT)
			.map(Map.Entry::getKey)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static HandMark later(HandMark a, HandMark b) {
		Comparator<HandMark> order = Comparator.comparing(HandMark::markedAt).thenComparing(HandMark::id);
		return (order.compare(a, b) >= 0) ? a : b;
	}

}
