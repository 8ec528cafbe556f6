package ladakh.crafts.marketplace.training;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stipend register on the in-process MongoDB server: a month computed once from the
 * stored marks and the department's holidays, corrections as lines of their own, and an
 * approval two officers make at once taking effect once.
 */
@MockServerTest
class StipendRegisterTests {

	private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

	private final String trainee = "trn-stipend-" + UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	StipendRegister stipends;

	@Autowired
	AttendanceRegister attendance;

	@Autowired
	HolidayRepository holidays;

	@Test
	void aMonthIsComputedOnceFromItsMarksAndHolidaysAndCorrectedByLinesOfItsOwn() {
		this.holidays.save(LocalDate.of(2026, 11, 24), "Guru Nanak Jayanti", "गुरु नानक जयंती").block();
		List<HandMark> marks = new ArrayList<>();
		for (LocalDate day = NOVEMBER.atDay(1); !day.isAfter(NOVEMBER.atEndOfMonth()); day = day.plusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				marks.add(new HandMark(UUID.randomUUID().toString(), this.trainee, day, Attendance.PRESENT,
						Instant.parse(day + "T04:30:00Z")));
			}
		}
		this.attendance
			.receive("batch-s", Set.of(this.trainee), new PunchLog.Dates(LocalDate.of(2026, 4, 1), null), marks,
					"usr-instructor")
			.block();

		StipendLine line = compute();
		// 30 days, 5 Sundays and the holiday: 24 working days, all present
		assertThat(line.stipend().workingDays()).isEqualTo(24);
		assertThat(line.stipend().daysPresent()).isEqualTo(24);
		assertThat(line.amount()).isEqualTo(Money.rupees(250));
		assertThat(line.state()).isEqualTo(StipendLine.State.COMPUTED);
		assertThatThrownBy(this::compute).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(refusal.messageKey()).isEqualTo("training.stipend.refused.computed"));

		StipendLine less = this.stipends
			.correct(this.trainee, NOVEMBER, Money.rupees(-50), "Two days marked present in error")
			.block();
		StipendLine more = this.stipends.correct(this.trainee, NOVEMBER, Money.rupees(20), "Rounding agreed").block();
		assertThat(less.id()).isEqualTo(line.id() + ":c1");
		assertThat(more.id()).isEqualTo(line.id() + ":c2");
		assertThat(this.stipends.ofTrainee(this.trainee).collectList().block()).extracting(StipendLine::amount)
			.containsExactly(Money.rupees(250), Money.rupees(-50), Money.rupees(20));
		assertThatThrownBy(() -> this.stipends.correct(this.trainee, NOVEMBER, Money.rupees(5), " ").block())
			.isInstanceOf(Refusal.class);
	}

	@Test
	void twoOfficersApprovingAtOnceApproveOnceAndOnlyAnApprovedLineIsPaid() {
		StipendLine line = compute();
		assertThatThrownBy(() -> this.stipends.recordPaid(line.id(), "DBT2026110001").block()).isInstanceOfSatisfying(
				Refusal.class,
				(refusal) -> assertThat(refusal.messageKey()).isEqualTo("training.stipend.refused.notApproved"));
		List<String> outcomes = Flux.just("usr-officer-1", "usr-officer-2")
			.flatMap((officer) -> this.stipends.approve(line.id(), officer)
				.map(StipendLine::approvedBy)
				.onErrorResume(Refusal.class, (ex) -> Mono.just("refused")), 2)
			.collectList()
			.block();
		assertThat(outcomes).containsOnlyOnce("refused");
		assertThatThrownBy(() -> this.stipends.recordPaid(line.id(), "x").block()).isInstanceOfSatisfying(Refusal.class,
				(refusal) -> assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID));
		StipendLine paid = this.stipends.recordPaid(line.id(), "DBT2026110001").block();
		assertThat(paid.state()).isEqualTo(StipendLine.State.PAID);
		assertThat(paid.paymentReference()).isEqualTo("DBT2026110001");
	}

	private StipendLine compute() {
		return this.stipends
			.compute(this.trainee, "batch-s", new StipendRule.Enrolment(LocalDate.of(2026, 4, 1), null), NOVEMBER,
					(day) -> Money.rupees(250))
			.block();
	}

}
