package ladakh.crafts.marketplace.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Attendance as it arrives: marks from instructors' phones (sent when the network
 * returns, perhaps twice: each counted once by its phone-made id) and punch logs from the
 * centres' biometric devices (checked whole before any punch is kept); and the days read
 * back merged by the one rule of {@link AttendanceMerge}.
 */
@Service
public class AttendanceRegister {

	/**
	 * The most marks one send may carry: a batch of 25 over a week offline, with room.
	 */
	public static final int MOST_MARKS_AT_ONCE = 500;

	private final AttendanceMarkRepository marks;

	private final PunchRepository punches;

	private final Clock clock;

	AttendanceRegister(AttendanceMarkRepository marks, PunchRepository punches, Clock clock) {
		this.marks = marks;
		this.punches = punches;
		this.clock = clock;
	}

	/**
	 * What became of a send.
	 *
	 * @param stored marks kept now
	 * @param repeated marks that had arrived before (a resend)
	 * @param refused ids of marks not taken: a person not in the batch, a day outside its
	 * dates or still to come
	 */
	public record Received(int stored, int repeated, List<String> refused) {

	}

	/**
	 * Keeps a batch's marks, each once.
	 * @param batchId the batch marked
	 * @param roster the batch's trainees (and its instructor, for their own attendance)
	 * @param dates the days the batch runs
	 * @param sent the marks as the phone sent them
	 * @param by the instructor who sent them
	 * @throws Refusal INVALID when more than {@value #MOST_MARKS_AT_ONCE} come at once
	 */
	public Mono<Received> receive(String batchId, Set<String> roster, PunchLog.Dates dates, List<HandMark> sent,
			String by) {
		if (sent.size() > MOST_MARKS_AT_ONCE) {
			return Mono.error(Refusal.invalid("training.attendance.tooMany", MOST_MARKS_AT_ONCE));
		}
		LocalDate today = IndiaTime.dayOf(this.clock.instant());
		List<String> refused = new ArrayList<>();
		List<HandMark> taken = new ArrayList<>();
		for (HandMark mark : sent) {
			boolean fits = mark.id() != null && mark.id().matches("[A-Za-z0-9:_-]{8,80}")
					&& roster.contains(mark.personId()) && dates.cover(mark.day()) && !mark.day().isAfter(today);
			if (fits) {
				taken.add(mark);
			}
			else {
				refused.add(String.valueOf(mark.id()));
			}
		}
		return Flux.fromIterable(taken)
			.flatMap((mark) -> this.marks.insertOnce(mark, batchId, by), 8)
			.reduce(new int[2], (counts, stored) -> {
				counts[stored ? 0 : 1]++;
				return counts;
			})
			.map((counts) -> new Received(counts[0], counts[1], List.copyOf(refused)));
	}

	/**
	 * Keeps a centre's punch log, all of it or nothing.
	 * @param roster the dates each person on the centre's roster is expected
	 * @return how many punches were new (a log uploaded again adds none)
	 * @throws Refusal INVALID listing every bad row (fields named {@code row 3: time})
	 */
	public Mono<Long> importPunches(String centreId, byte[] file, Function<String, Optional<PunchLog.Dates>> roster) {
		PunchLog.Parsed parsed = PunchLog.read(file, roster);
		if (!parsed.ok()) {
			List<Refusal.FieldProblem> rows = parsed.problems()
				.stream()
				.map((p) -> new Refusal.FieldProblem("row " + p.row() + ((p.column() != null) ? ": " + p.column() : ""),
						p.messageKey(), p.arguments().toArray()))
				.toList();
			return Mono.error(Refusal.invalid("training.punches.invalid", rows, rows.size()));
		}
		return this.punches.insertNew(centreId, parsed.punches());
	}

	/** A person's days of a period, marks and punches merged. */
	public Mono<Map<LocalDate, AttendanceMerge.Day>> daysOf(String personId, LocalDate from, LocalDate until) {
		return this.marks.ofPersonBetween(personId, from, until)
			.collectList()
			.zipWith(this.punches.ofPersonBetween(personId, from, until).collectList())
			.map((both) -> AttendanceMerge.days(personId, both.getT1(), both.getT2()));
	}

}
