package ladakh.crafts.marketplace.training;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.function.Function;

import ladakh.crafts.marketplace.shared.Money;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Stipends paid in the open: a trainee's month computed once from the scheme's rate and
 * the month's merged attendance ({@link StipendRule}), approved by an officer, recorded
 * as paid with its reference; a correction is a line of its own with its reason.
 */
@Service
public class StipendRegister {

	private final StipendLineRepository lines;

	private final HolidayRepository holidays;

	private final AttendanceRegister attendance;

	private final StipendRule rule;

	private final Clock clock;

	private final int minimumPercent;

	StipendRegister(StipendLineRepository lines, HolidayRepository holidays, AttendanceRegister attendance,
			@Value("${marketplace.training.stipend.minimum-attendance-percent:75}") int minimumPercent, Clock clock) {
		this.lines = lines;
		this.holidays = holidays;
		this.attendance = attendance;
		this.rule = new StipendRule(minimumPercent, Set.of(DayOfWeek.SUNDAY));
		this.clock = clock;
		this.minimumPercent = minimumPercent;
	}

	/** The least share of their working days a trainee must be present on, in percent. */
	public int minimumPercent() {
		return this.minimumPercent;
	}

	/**
	 * Computes and keeps a trainee's month.
	 * @param rateOn the trainee's scheme's monthly rate in force on a day
	 * @throws ladakh.crafts.marketplace.shared.Refusal CONFLICT when the month was
	 * computed before (a correction is the way to change it)
	 */
	public Mono<StipendLine> compute(String traineeId, String batchId, StipendRule.Enrolment enrolment, YearMonth month,
			Function<LocalDate, Money> rateOn) {
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		return this.holidays.between(first, last)
			.zipWith(this.attendance.daysOf(traineeId, first, last))
			.map((both) -> this.rule.compute(month, enrolment, rateOn, both.getT1(),
					AttendanceMerge.present(both.getT2())))
			.map((stipend) -> StipendLine.computed(traineeId, batchId, stipend, this.clock.instant()))
			.flatMap(this.lines::insert);
	}

	/** Corrects a month by a separate line (more or less), with the reason. */
	public Mono<StipendLine> correct(String traineeId, YearMonth month, Money change, String reason) {
		return this.lines.byId(StipendLine.monthId(traineeId, month))
			.switchIfEmpty(Mono.error(ladakh.crafts.marketplace.shared.Refusal.notFound("training.stipend.notFound")))
			.zipWith(this.lines.correctionsOf(traineeId, month))
			.map((found) -> StipendLine.correction(found.getT1(), found.getT2().intValue() + 1, change, reason,
					this.clock.instant()))
			.flatMap(this.lines::insert);
	}

	/** An officer approves a computed line. */
	public Mono<StipendLine> approve(String lineId, String officer) {
		return line(lineId).flatMap((line) -> this.lines.moved(line, line.approve(officer)));
	}

	/** An approved line is recorded as paid with the bank's or the DBT reference. */
	public Mono<StipendLine> recordPaid(String lineId, String reference) {
		return line(lineId).flatMap((line) -> this.lines.moved(line, line.paid(reference)));
	}

	/** A trainee's own lines, newest month first. */
	public Flux<StipendLine> ofTrainee(String traineeId) {
		return this.lines.ofTrainee(traineeId);
	}

	/** A batch's lines of a month. */
	public Flux<StipendLine> ofBatch(String batchId, YearMonth month) {
		return this.lines.ofBatch(batchId, month);
	}

	/** The line, or NOT_FOUND. */
	Mono<StipendLine> line(String lineId) {
		return this.lines.byId(lineId)
			.switchIfEmpty(Mono.error(ladakh.crafts.marketplace.shared.Refusal.notFound("training.stipend.notFound")));
	}

}
