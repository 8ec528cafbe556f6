package ladakh.crafts.marketplace.training;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attendance arriving on the in-process MongoDB server: marks queued offline and sent
 * twice, each counted once; a punch log taken whole or not at all, and once.
 */
@MockServerTest
class AttendanceRegisterTests {

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

	private static final PunchLog.Dates BATCH_DATES = new PunchLog.Dates(LocalDate.of(2026, 4, 1), null);

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	AttendanceRegister register;

	@Autowired
	AttendanceMarkRepository marks;

	@Test
	void fiftyMarksQueuedOfflineAndSentTwiceAtOnceAreEachCountedOnce() {
		String batch = "batch-" + this.run;
		Set<String> roster = IntStream.range(0, 25).mapToObj(this::trainee).collect(Collectors.toSet());
		List<HandMark> queued = new ArrayList<>();
		for (LocalDate day : List.of(MONDAY, MONDAY.plusDays(1))) {
			for (int i = 0; i < 25; i++) {
				queued.add(new HandMark(UUID.randomUUID().toString(), trainee(i), day,
						(i % 5 == 0) ? Attendance.ABSENT : Attendance.PRESENT, Instant.parse(day + "T04:30:00Z")));
			}
		}
		List<AttendanceRegister.Received> answers = Flux.range(0, 2)
			.flatMap((send) -> this.register.receive(batch, roster, BATCH_DATES, queued, "usr-instructor"), 2)
			.collectList()
			.block();
		assertThat(answers.stream().mapToInt(AttendanceRegister.Received::stored).sum()).isEqualTo(50);
		assertThat(answers.stream().mapToInt(AttendanceRegister.Received::repeated).sum()).isEqualTo(50);
		assertThat(this.marks.ofBatchOn(batch, MONDAY).collectList().block()).hasSize(25);
		assertThat(this.marks.ofBatchOn(batch, MONDAY.plusDays(1)).collectList().block()).hasSize(25);
		// and a third send, later, adds nothing
		assertThat(this.register.receive(batch, roster, BATCH_DATES, queued, "usr-instructor").block().stored())
			.isZero();
	}

	@Test
	void marksForSomeoneOutsideTheBatchOrADayToComeAreRefusedAndTheRestKept() {
		String batch = "batch-" + this.run;
		HandMark good = new HandMark(UUID.randomUUID().toString(), trainee(1), MONDAY, Attendance.PRESENT,
				Instant.now());
		HandMark stranger = new HandMark(UUID.randomUUID().toString(), "trn-elsewhere", MONDAY, Attendance.PRESENT,
				Instant.now());
		HandMark tomorrow = new HandMark(UUID.randomUUID().toString(), trainee(1), LocalDate.now().plusDays(2),
				Attendance.PRESENT, Instant.now());
		AttendanceRegister.Received received = this.register
			.receive(batch, Set.of(trainee(1)), BATCH_DATES, List.of(good, stranger, tomorrow), "usr-instructor")
			.block();
		assertThat(received.stored()).isEqualTo(1);
		assertThat(received.refused()).containsExactly(stranger.id(), tomorrow.id());
	}

	@Test
	void aPunchLogIsTakenWholeOrNotAtAllAndOnceAndMergesWithTheMarks() {
		String centre = "tc-" + this.run;
		Function<String, Optional<PunchLog.Dates>> roster = (id) -> id.startsWith("trn-" + this.run)
				? Optional.of(BATCH_DATES) : Optional.empty();
		String bad = "person,time,device\n" + trainee(1) + ",2026-11-02 09:01,bio-1\nsomeone,2026-11-02 09:02,bio-1\n";
		assertThatThrownBy(() -> this.register.importPunches(centre, bytes(bad), roster).block())
			.isInstanceOfSatisfying(Refusal.class,
					(refusal) -> assertThat(refusal.problems()).extracting(Refusal.FieldProblem::field)
						.containsExactly("row 3: person"));
		assertThat(this.register.daysOf(trainee(1), MONDAY, MONDAY).block()).isEmpty();

		String good = "person,time,device\n" + trainee(1) + ",2026-11-02 09:01,bio-1\n" + trainee(1)
				+ ",2026-11-03 09:04,bio-1\n" + trainee(2) + ",2026-11-02 09:10,bio-1\n";
		assertThat(this.register.importPunches(centre, bytes(good), roster).block()).isEqualTo(3);
		assertThat(this.register.importPunches(centre, bytes(good), roster).block()).isZero();
		// the instructor marked trainee 1 on leave on Tuesday: the device saw them
		this.register.receive("batch-" + this.run, Set.of(trainee(1)), BATCH_DATES,
				List.of(new HandMark(UUID.randomUUID().toString(), trainee(1), MONDAY.plusDays(1), Attendance.LEAVE,
						Instant.now())),
				"usr-instructor")
			.block();
		Map<LocalDate, AttendanceMerge.Day> days = this.register.daysOf(trainee(1), MONDAY, MONDAY.plusDays(6)).block();
		assertThat(days).containsOnlyKeys(MONDAY, MONDAY.plusDays(1));
		assertThat(days.get(MONDAY).source()).isEqualTo(AttendanceMerge.Source.DEVICE);
		assertThat(days.get(MONDAY.plusDays(1)))
			.isEqualTo(new AttendanceMerge.Day(Attendance.PRESENT, AttendanceMerge.Source.BOTH, true));
	}

	private String trainee(int i) {
		return "trn-" + this.run + "-" + i;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
