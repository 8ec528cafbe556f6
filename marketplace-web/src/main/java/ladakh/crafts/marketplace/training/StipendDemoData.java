package ladakh.crafts.marketplace.training;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The stipends' demo data (decision 0062): the department's 2026 holidays, and for the
 * running batch of {@value #CENTRE}, September and October 2026 marked by the instructor,
 * computed, approved, and September recorded paid, so the demo trainee
 * ({@value #TRAINEE_USER}, signing in by mobile number) and the officer see a history.
 * Every step is done once: marks by their fixed ids, a month once, a move only from the
 * state before it.
 */
@Component
@ConditionalOnProperty(name = "marketplace.demo-data.enabled", havingValue = "true")
class StipendDemoData {

	static final String CENTRE = "tc-0001";

	/** The demo trainee's account (accounts' demo account with a mobile login). */
	static final String TRAINEE_USER = "usr-demo-trainee";

	static final String TRAINEE = "trn-tc-0001-101";

	static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10));

	private static final MarketplaceUser OFFICER = new MarketplaceUser("usr-demo-officer", "officer@demo.ladakh",
			"Demo officer", null, Set.of(Role.OFFICER), null, true);

	private static final Log logger = LogFactory.getLog(StipendDemoData.class);

	private final TrainingCentres centres;

	private final BatchRepository batches;

	private final SchemeRepository schemes;

	private final HolidayRepository holidays;

	private final AttendanceRegister attendance;

	private final StipendMonths stipends;

	private final StipendRegister register;

	private final TraineeAccountRepository accounts;

	StipendDemoData(TrainingCentres centres, BatchRepository batches, SchemeRepository schemes,
			HolidayRepository holidays, AttendanceRegister attendance, StipendMonths stipends, StipendRegister register,
			TraineeAccountRepository accounts) {
		this.centres = centres;
		this.batches = batches;
		this.schemes = schemes;
		this.holidays = holidays;
		this.attendance = attendance;
		this.stipends = stipends;
		this.register = register;
		this.accounts = accounts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		seed().onErrorResume((ex) -> {
			logger.warn("Stipend demo data not loaded", ex);
			return Mono.empty();
		}).block(Duration.ofMinutes(2));
	}

	Mono<Void> seed() {
		return this.centres.find(CENTRE).flatMap((centre) -> {
			// The same schemes and batches the training demo seeds, each only when
			// absent,
			// so this does not depend on which demo runs first.
			List<Batch> seeded = TrainingDemoData.batchesOf(centre);
			Batch running = seeded.get(1);
			return Flux.fromIterable(TrainingDemoData.schemes())
				.concatMap(this.schemes::seed)
				.thenMany(Flux.fromIterable(seeded).concatMap(this.batches::seed))
				.then(holidays2026())
				.then(this.accounts
					.link(new TraineeAccountRepository.Link(TRAINEE_USER, TRAINEE, CENTRE, running.id())))
				.thenMany(Flux.fromIterable(MONTHS).concatMap((month) -> month(running, month)))
				.then();
		}).onErrorResume(CentreChangeRefusedException.class, (ex) -> Mono.empty());
	}

	private Mono<Void> holidays2026() {
		return this.holidays.save(LocalDate.of(2026, 8, 15), "Independence Day", "स्वतंत्रता दिवस")
			.then(this.holidays.save(LocalDate.of(2026, 10, 2), "Gandhi Jayanti", "गांधी जयंती"))
			.then(this.holidays.save(LocalDate.of(2026, 11, 8), "Diwali", "दीपावली"));
	}

	/** Marks the month, computes it, approves it; September is recorded paid. */
	private Mono<Void> month(Batch batch, YearMonth month) {
		Set<String> roster = batch.trainees().stream().map(Batch.Trainee::traineeId).collect(Collectors.toSet());
		return this.attendance
			.receive(batch.id(), roster, new PunchLog.Dates(batch.startsOn(), batch.endsOn()), marks(batch, month),
					"usr-demo-instructor")
			.then(this.stipends.compute(CENTRE, batch.id(), month, OFFICER))
			.thenMany(this.register.ofBatch(batch.id(), month))
			.concatMap((line) -> approveAndPay(batch, line, month.equals(MONTHS.get(0))))
			.then();
	}

	private Mono<StipendLine> approveAndPay(Batch batch, StipendLine line, boolean pay) {
		Mono<StipendLine> approved = (line.state() == StipendLine.State.COMPUTED)
				? this.stipends.approve(CENTRE, batch.id(), line.id(), OFFICER) : Mono.just(line);
		return approved.flatMap((now) -> (pay && now.state() == StipendLine.State.APPROVED)
				? this.stipends.recordPaid(CENTRE, batch.id(), now.id(),
						"DBT" + now.month().toString().replace("-", "")
								+ String.format("%04d", Math.abs(now.traineeId().hashCode()) % 10_000),
						OFFICER)
				: Mono.just(now));
	}

	/**
	 * Every enrolled trainee present on most working days (each misses a few, on days
	 * their place in the batch picks); the trainee who dropped out came on few.
	 */
	static List<HandMark> marks(Batch batch, YearMonth month) {
		List<HandMark> marks = new ArrayList<>();
		int n = 0;
		for (Batch.Trainee trainee : batch.trainees()) {
			n++;
			boolean dropped = trainee.status() == TraineeStatus.DROPPED;
			for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
				if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
					continue;
				}
				boolean away = dropped ? day.getDayOfMonth() % 4 != 0 : (day.getDayOfMonth() + n) % 11 == 0;
				Attendance attendance = !away ? Attendance.PRESENT
						: (day.getDayOfMonth() % 2 == 0) ? Attendance.LEAVE : Attendance.ABSENT;
				marks.add(new HandMark("demo-" + trainee.traineeId() + "-" + day, trainee.traineeId(), day, attendance,
						day.atTime(LocalTime.of(10, 0)).atZone(IndiaTime.ZONE).toInstant()));
			}
		}
		return marks;
	}

}
