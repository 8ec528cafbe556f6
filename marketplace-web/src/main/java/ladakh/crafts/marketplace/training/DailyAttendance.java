package ladakh.crafts.marketplace.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A day's attendance at the centres (decision 0061): the sheet an instructor marks on the
 * phone, who may mark which batch (an instructor only the batches of the centres they
 * teach at, officers and admins any), and the daily report per centre and for the whole
 * department, marks and punches merged by {@link AttendanceMerge}. Every read is one
 * batch's marks of a day or one centre's punches of a day, each on an index that includes
 * the day.
 */
@Service
public class DailyAttendance {

	/** By when a centre's day should be marked: the department's daily report. */
	public static final LocalTime MARK_BY = LocalTime.of(11, 0);

	/** Instructors are expected on any day a punch or a mark names them. */
	private static final PunchLog.Dates STAFF_DATES = new PunchLog.Dates(LocalDate.of(2000, 1, 1), null);

	private final TrainingCentres centres;

	private final AttendanceRegister register;

	private final AttendanceMarkRepository marks;

	private final PunchRepository punches;

	private final Clock clock;

	DailyAttendance(TrainingCentres centres, AttendanceRegister register, AttendanceMarkRepository marks,
			PunchRepository punches, Clock clock) {
		this.centres = centres;
		this.register = register;
		this.marks = marks;
		this.punches = punches;
		this.clock = clock;
	}

	/** What a person's day shows: a merged day, or not marked. */
	public enum Status {

		PRESENT, ABSENT, LEAVE, NOT_MARKED

	}

	/**
	 * A person on a sheet or a report.
	 *
	 * @param id the trainee's or instructor's id
	 * @param name their name
	 * @param staff an instructor (their own attendance), not a trainee
	 * @param batchId the batch they are in (for an instructor, the first running one)
	 * @param status the day's attendance so far
	 * @param markedBy whether a mark or a punch came by {@link #MARK_BY} that day
	 */
	public record Person(String id, String name, boolean staff, String batchId, Status status, boolean markedBy) {

	}

	/**
	 * A batch's sheet for a day.
	 *
	 * @param centre the centre
	 * @param batch the batch
	 * @param day the day, India time
	 * @param running whether the batch runs that day (marks are taken only then)
	 * @param people its trainees, then the instructors the signed-in person marks
	 */
	public record Sheet(TrainingCentre centre, Batch batch, LocalDate day, boolean running, List<Person> people) {

	}

	/** A batch the signed-in instructor marks today. */
	public record Markable(TrainingCentre centre, Batch batch) {

	}

	/** How many people are in each state. */
	public record Counts(int present, int absent, int leave, int notMarked, int notMarkedBy) {

		static Counts of(Collection<Person> people) {
			int[] counts = new int[5];
			for (Person person : people) {
				counts[person.status().ordinal()]++;
				if (!person.markedBy()) {
					counts[4]++;
				}
			}
			return new Counts(counts[0], counts[1], counts[2], counts[3], counts[4]);
		}

		Counts plus(Counts other) {
			return new Counts(this.present + other.present, this.absent + other.absent, this.leave + other.leave,
					this.notMarked + other.notMarked, this.notMarkedBy + other.notMarkedBy);
		}

	}

	/**
	 * A centre's day.
	 *
	 * @param centre the centre
	 * @param day the day
	 * @param running the batches running that day
	 * @param people everyone expected: trainees of the batches running that day, then the
	 * instructors
	 * @param counts the people counted by state
	 */
	public record CentreDay(TrainingCentre centre, LocalDate day, List<Batch> running, List<Person> people,
			Counts counts) {

	}

	/**
	 * The department's day.
	 *
	 * @param day the day
	 * @param pastMarkBy whether {@link #MARK_BY} of that day has passed
	 * @param centres each centre's day, by centre id
	 * @param counts the whole department's counts
	 */
	public record DepartmentDay(LocalDate day, boolean pastMarkBy, List<CentreDay> centres, Counts counts) {

	}

	/** Today, India time. */
	public LocalDate today() {
		return IndiaTime.dayOf(this.clock.instant());
	}

	/** Whether {@link #MARK_BY} of the day has passed, India time. */
	public boolean pastMarkBy(LocalDate day) {
		return !LocalDateTime.ofInstant(this.clock.instant(), IndiaTime.ZONE).isBefore(day.atTime(MARK_BY));
	}

	/**
	 * The batches running today at the centres the instructor teaches at (none for anyone
	 * else: officers mark from a centre's attendance page).
	 */
	public Mono<List<Markable>> markable(MarketplaceUser by) {
		LocalDate today = today();
		return allCentres().filter((centre) -> by.has(Role.INSTRUCTOR) && centre.instructedBy(by.id()))
			.concatMap((centre) -> this.centres.batches(centre.id())
				.flatMapIterable((batches) -> batches.stream()
					.filter((batch) -> runs(batch, today))
					.map((batch) -> new Markable(centre, batch))
					.toList()))
			.collectList();
	}

	/**
	 * Today's sheet of a batch, with what is known so far.
	 * @throws Refusal NOT_FOUND for no such centre or batch, FORBIDDEN for an instructor
	 * of another centre
	 */
	public Mono<Sheet> sheet(String centreId, String batchId, MarketplaceUser by) {
		LocalDate day = today();
		return batchFor(centreId, batchId, by, false).flatMap((found) -> {
			TrainingCentre centre = found.centre();
			Batch batch = found.batch();
			List<Person> expected = new ArrayList<>(trainees(batch));
			staffMarkedBy(centre, by, by.seesWholeDepartment()).forEach(
					(staff) -> expected.add(new Person(staff.userId(), staff.name(), true, batch.id(), null, false)));
			return this.marks.ofBatchOn(batch.id(), day)
				.collectList()
				.zipWith(this.punches.ofCentreOn(centre.id(), day).collectList())
				.map((both) -> new Sheet(centre, batch, day, runs(batch, day),
						merged(expected, day, both.getT1(), both.getT2())));
		});
	}

	/**
	 * Keeps the marks a phone sent for a batch, each once by its phone-made id: the
	 * batch's enrolled trainees, and the instructors the sender marks (themselves, or any
	 * of the centre's for an officer).
	 */
	public Mono<AttendanceRegister.Received> mark(String centreId, String batchId, List<HandMark> sent,
			MarketplaceUser by) {
		return batchFor(centreId, batchId, by, true).flatMap((found) -> {
			Set<String> roster = trainees(found.batch()).stream()
				.map(Person::id)
				.collect(Collectors.toCollection(java.util.HashSet::new));
			staffMarkedBy(found.centre(), by, manager(by)).forEach((staff) -> roster.add(staff.userId()));
			return this.register.receive(found.batch().id(), roster,
					new PunchLog.Dates(found.batch().startsOn(), found.batch().endsOn()), sent, by.id());
		});
	}

	/** A centre's day: everyone expected and their merged attendance. */
	public Mono<CentreDay> centreDay(String centreId, LocalDate day) {
		return centre(centreId).flatMap((centre) -> centreDay(centre, day));
	}

	/** Every centre's day, and the department's counts. */
	public Mono<DepartmentDay> departmentDay(LocalDate day) {
		return allCentres().concatMap((centre) -> centreDay(centre, day)).collectList().map((days) -> {
			Counts total = days.stream().map(CentreDay::counts).reduce(new Counts(0, 0, 0, 0, 0), Counts::plus);
			return new DepartmentDay(day, pastMarkBy(day), days, total);
		});
	}

	/**
	 * Keeps a centre's punch log, all of it or nothing: the roster is the trainees of the
	 * centre's batches (expected between their batch's dates) and its instructors.
	 * @return how many punches were new
	 * @throws Refusal INVALID listing every bad row
	 */
	public Mono<Long> importPunches(String centreId, byte[] file) {
		return centre(centreId).zipWhen((centre) -> this.centres.batches(centre.id())).flatMap((found) -> {
			Map<String, PunchLog.Dates> roster = new LinkedHashMap<>();
			for (Batch batch : found.getT2()) {
				batch.trainees()
					.forEach((trainee) -> roster.putIfAbsent(trainee.traineeId(),
							new PunchLog.Dates(batch.startsOn(), batch.endsOn())));
			}
			found.getT1().instructors().forEach((staff) -> roster.putIfAbsent(staff.userId(), STAFF_DATES));
			Function<String, Optional<PunchLog.Dates>> lookUp = (id) -> Optional.ofNullable(roster.get(id));
			return this.register.importPunches(centreId, file, lookUp);
		});
	}

	private Mono<CentreDay> centreDay(TrainingCentre centre, LocalDate day) {
		return this.centres.batches(centre.id()).flatMap((batches) -> {
			List<Batch> running = batches.stream().filter((batch) -> runs(batch, day)).toList();
			List<Person> expected = new ArrayList<>();
			running.forEach((batch) -> expected.addAll(trainees(batch)));
			String firstBatch = running.isEmpty() ? null : running.get(0).id();
			centre.instructors()
				.forEach((staff) -> expected
					.add(new Person(staff.userId(), staff.name(), true, firstBatch, null, false)));
			return Flux.fromIterable(running)
				.concatMap((batch) -> this.marks.ofBatchOn(batch.id(), day))
				.collectList()
				.zipWith(this.punches.ofCentreOn(centre.id(), day).collectList())
				.map((both) -> {
					List<Person> people = merged(expected, day, both.getT1(), both.getT2());
					return new CentreDay(centre, day, running, people, Counts.of(people));
				});
		});
	}

	/** Each expected person's day by the one rule, and whether they were marked by 11. */
	private static List<Person> merged(List<Person> expected, LocalDate day, List<HandMark> marks,
			List<Punch> punches) {
		LocalDateTime markBy = day.atTime(MARK_BY);
		return expected.stream().map((person) -> {
			AttendanceMerge.Day merged = AttendanceMerge.days(person.id(), marks, punches).get(day);
			Status status = (merged != null) ? Status.valueOf(merged.attendance().name()) : Status.NOT_MARKED;
			boolean markedBy = marks.stream()
				.anyMatch((mark) -> mark.personId().equals(person.id()) && mark.day().equals(day)
						&& !LocalDateTime.ofInstant(mark.markedAt(), IndiaTime.ZONE).isAfter(markBy))
					|| punches.stream()
						.anyMatch((punch) -> punch.personId().equals(person.id()) && !punch.at().isAfter(markBy));
			return new Person(person.id(), person.name(), person.staff(), person.batchId(), status, markedBy);
		}).toList();
	}

	private static List<Person> trainees(Batch batch) {
		return batch.trainees()
			.stream()
			.filter((trainee) -> trainee.status() == TraineeStatus.ENROLLED)
			.map((trainee) -> new Person(trainee.traineeId(), trainee.name(), false, batch.id(), null, false))
			.toList();
	}

	/**
	 * The instructors whose own attendance this person marks (or, for a reviewer, sees):
	 * all of the centre's, or only themselves.
	 */
	private static List<TrainingCentre.Instructor> staffMarkedBy(TrainingCentre centre, MarketplaceUser by,
			boolean all) {
		if (all) {
			return centre.instructors();
		}
		return centre.instructors().stream().filter((staff) -> staff.userId().equals(by.id())).toList();
	}

	private record Found(TrainingCentre centre, Batch batch) {

	}

	/**
	 * A batch this person may mark ({@code change}) or look at: a reviewer looks at every
	 * centre's and marks none.
	 */
	private Mono<Found> batchFor(String centreId, String batchId, MarketplaceUser by, boolean change) {
		boolean anyCentre = change ? manager(by) : by.seesWholeDepartment();
		return centre(centreId).flatMap((centre) -> {
			if (!anyCentre && !(by.has(Role.INSTRUCTOR) && centre.instructedBy(by.id()))) {
				return Mono.error(Refusal.forbidden("training.attendance.notYourCentre"));
			}
			return this.centres.batches(centreId)
				.flatMap((batches) -> Mono
					.justOrEmpty(batches.stream().filter((batch) -> batch.id().equals(batchId)).findFirst()))
				.switchIfEmpty(Mono.error(() -> Refusal.notFound("training.attendance.notFound")))
				.map((batch) -> new Found(centre, batch));
		});
	}

	private Mono<TrainingCentre> centre(String centreId) {
		return this.centres.find(centreId)
			.onErrorMap(CentreChangeRefusedException.class, (ex) -> Refusal.notFound("training.attendance.notFound"));
	}

	/** Every centre, a page at a time by id. */
	private Flux<TrainingCentre> allCentres() {
		return this.centres.page(null)
			.expand((page) -> (page.next() != null) ? this.centres.page(page.next()) : Mono.empty())
			.concatMapIterable((page) -> page.items());
	}

	private static boolean manager(MarketplaceUser by) {
		return by.managesDepartment();
	}

	private static boolean runs(Batch batch, LocalDate day) {
		return batch.startsOn() != null && !day.isBefore(batch.startsOn())
				&& (batch.endsOn() == null || !day.isAfter(batch.endsOn()));
	}

}
