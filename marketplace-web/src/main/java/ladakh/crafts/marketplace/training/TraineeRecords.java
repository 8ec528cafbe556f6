package ladakh.crafts.marketplace.training;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * A trainee's own attendance and stipend history: for the trainee, found from the
 * signed-in account alone (so nobody else's can be asked for), and for the centre that
 * prints their statement (its officers and instructors).
 */
@Service
public class TraineeRecords {

	private final TraineeAccountRepository accounts;

	private final TrainingCentres centres;

	private final AttendanceRegister attendance;

	private final StipendRegister stipends;

	private final Schemes schemes;

	TraineeRecords(TraineeAccountRepository accounts, TrainingCentres centres, AttendanceRegister attendance,
			StipendRegister stipends, Schemes schemes) {
		this.accounts = accounts;
		this.centres = centres;
		this.attendance = attendance;
		this.stipends = stipends;
		this.schemes = schemes;
	}

	/** A month's attendance: days marked present, absent and on leave. */
	public record MonthAttendance(YearMonth month, int present, int absent, int leave) {

	}

	/**
	 * What a trainee's page and statement show.
	 *
	 * @param traineeId whose
	 * @param name the trainee's name
	 * @param centre the centre
	 * @param batch the batch
	 * @param attendance each month of the course so far, latest first
	 * @param lines the stipend lines, latest month first
	 * @param printedOn today, India time
	 */
	public record History(String traineeId, String name, TrainingCentre centre, Batch batch,
			List<MonthAttendance> attendance, List<StipendLine> lines, LocalDate printedOn) {

		/** What was paid so far. */
		public Money paid() {
			return this.lines.stream()
				.filter((line) -> line.state() == StipendLine.State.PAID)
				.map(StipendLine::amount)
				.reduce(Money.ZERO, Money::plus);
		}

	}

	/** The signed-in trainee's own history; empty when the account has no enrolment. */
	public Mono<History> own(MarketplaceUser user) {
		if (!user.has(Role.TRAINEE)) {
			return Mono.empty();
		}
		return this.accounts.ofUser(user.id())
			.flatMap((link) -> history(link.centreId(), link.batchId(), link.traineeId()));
	}

	/**
	 * A trainee's history for officers, reviewers and their centre's instructors.
	 * @throws Refusal FORBIDDEN (an instructor of another centre), NOT_FOUND
	 */
	public Mono<History> forCentre(String centreId, String batchId, String traineeId, MarketplaceUser viewer) {
		return this.centres.find(centreId)
			.onErrorMap(CentreChangeRefusedException.class, (ex) -> Refusal.notFound("training.trainee.notFound"))
			.flatMap((centre) -> {
				boolean anyCentre = viewer.seesWholeDepartment();
				if (!anyCentre && !(viewer.has(Role.INSTRUCTOR) && centre.instructedBy(viewer.id()))) {
					return Mono.error(Refusal.forbidden("training.stipend.refused.officersOnly"));
				}
				return history(centreId, batchId, traineeId);
			});
	}

	private Mono<History> history(String centreId, String batchId, String traineeId) {
		LocalDate today = this.schemes.today();
		return this.centres.find(centreId)
			.onErrorMap(CentreChangeRefusedException.class, (ex) -> Refusal.notFound("training.trainee.notFound"))
			.zipWith(this.centres.batches(centreId))
			.flatMap((found) -> {
				Batch batch = found.getT2().stream().filter((one) -> one.id().equals(batchId)).findFirst().orElse(null);
				Batch.Trainee trainee = (batch == null) ? null
						: batch.trainees()
							.stream()
							.filter((one) -> one.traineeId().equals(traineeId))
							.findFirst()
							.orElse(null);
				if (trainee == null) {
					return Mono.error(Refusal.notFound("training.trainee.notFound"));
				}
				return months(traineeId, batch, today).collectList()
					.zipWith(this.stipends.ofTrainee(traineeId).collectList())
					.map((both) -> new History(traineeId, trainee.name(), found.getT1(), batch, both.getT1(),
							both.getT2(), today));
			});
	}

	/** The course's months up to today, latest first, each read on its own. */
	private Flux<MonthAttendance> months(String traineeId, Batch batch, LocalDate today) {
		if (batch.startsOn() == null || batch.startsOn().isAfter(today)) {
			return Flux.empty();
		}
		LocalDate until = (batch.endsOn() != null && batch.endsOn().isBefore(today)) ? batch.endsOn() : today;
		YearMonth first = YearMonth.from(batch.startsOn());
		return Flux.<YearMonth, YearMonth>generate(() -> YearMonth.from(until), (month, sink) -> {
			sink.next(month);
			if (!month.isAfter(first)) {
				sink.complete();
			}
			return month.minusMonths(1);
		}).concatMap((month) -> this.attendance.daysOf(traineeId, month.atDay(1), month.atEndOfMonth()).map((days) -> {
			int[] counts = new int[Attendance.values().length];
			days.values().forEach((day) -> counts[day.attendance().ordinal()]++);
			return new MonthAttendance(month, counts[Attendance.PRESENT.ordinal()], counts[Attendance.ABSENT.ordinal()],
					counts[Attendance.LEAVE.ordinal()]);
		}));
	}

}
