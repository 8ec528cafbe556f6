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

	/**
	 * Decision 0059's promise through the stored register: a month's days sent from the
	 * phone, read from the device's file, or both, come to the same stipend.
	 */
	@Test
	void theSameMonthComesToTheSameStipendFromThePhoneTheDeviceFileOrBoth() {
		YearMonth september = YearMonth.of(2026, 9);
		String phone = this.trainee + "-phone";
		String device = this.trainee + "-device";
		String both = this.trainee + "-both";
		List<LocalDate> present = new ArrayList<>();
		for (LocalDate day = september.atDay(1); !day.isAfter(september.atEndOfMonth()); day = day.plusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SUNDAY && day.getDayOfMonth() % 7 != 3) {
				present.add(day);
			}
		}
		List<HandMark> marks = new ArrayList<>();
		StringBuilder punches = new StringBuilder("person,time,device\n");
		for (LocalDate day : present) {
			for (String person : List.of(phone, both)) {
				marks.add(new HandMark(UUID.randomUUID().toString(), person, day, Attendance.PRESENT,
						Instant.parse(day + "T04:30:00Z")));
			}
			for (String person : List.of(device, both)) {
				punches.append(person)
					.append(',')
					.append(day)
					.append(" 09:0")
					.append(day.getDayOfMonth() % 10)
					.append(",bio-1\n");
			}
		}
		PunchLog.Dates dates = new PunchLog.Dates(LocalDate.of(2026, 4, 1), null);
		this.attendance.receive("batch-s", Set.of(phone, both), dates, marks, "usr-instructor").block();
		this.attendance
			.importPunches("tc-stipend", punches.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
					(person) -> java.util.Optional.of(dates))
			.block();

		List<StipendLine> lines = Flux.just(phone, device, both)
			.concatMap((person) -> this.stipends.compute(person, "batch-s",
					new StipendRule.Enrolment(LocalDate.of(2026, 4, 1), null), september, (day) -> Money.rupees(250)))
			.collectList()
			.block();
		assertThat(lines).extracting((line) -> line.stipend().daysPresent()).containsOnly(present.size());
		assertThat(lines).extracting(StipendLine::amount).containsOnly(lines.get(0).amount());
		assertThat(lines.get(0).amount().isPositive()).isTrue();
	}

	@Test
	void twoOfficersRecordingTheSamePaymentAtOnceRecordItOnce() {
		StipendLine line = compute();
		this.stipends.approve(line.id(), "usr-officer-1").block();
		List<String> outcomes = Flux.just("DBT2026110101", "NEFT2026110102")
			.flatMap((reference) -> this.stipends.recordPaid(line.id(), reference)
				.map(StipendLine::paymentReference)
				.onErrorResume(Refusal.class, (ex) -> Mono.just("refused")), 2)
			.collectList()
			.block();
		assertThat(outcomes).containsOnlyOnce("refused").hasSize(2);
		assertThatThrownBy(() -> this.stipends.recordPaid(line.id(), "DBT2026110103").block())
			.isInstanceOf(Refusal.class);
		assertThat(this.stipends.ofTrainee(this.trainee).collectList().block()).singleElement()
			.satisfies((paid) -> assertThat(outcomes).contains(paid.paymentReference()));
	}

	@Test
	void aRateChangeLeavesTheMonthsComputedBeforeAsTheyWere() {
		YearMonth august = YearMonth.of(2026, 8);
		presentEveryWorkingDay(august);
		presentEveryWorkingDay(august.plusMonths(1));
		StipendLine before = this.stipends
			.compute(this.trainee, "batch-s", new StipendRule.Enrolment(LocalDate.of(2026, 4, 1), null), august,
					(day) -> Money.rupees(250))
			.block();
		// the scheme's rate changes from 1 Sep: August's line is read back unchanged
		StipendLine after = this.stipends
			.compute(this.trainee, "batch-s", new StipendRule.Enrolment(LocalDate.of(2026, 4, 1), null),
					august.plusMonths(1),
					(day) -> day.isBefore(LocalDate.of(2026, 9, 1)) ? Money.rupees(250) : Money.rupees(400))
			.block();
		assertThat(this.stipends.ofTrainee(this.trainee).collectList().block())
			.filteredOn((line) -> line.month().equals(august))
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.amount()).isEqualTo(before.amount());
				assertThat(line.stipend()).isEqualTo(before.stipend());
			});
		assertThat(before.amount()).isEqualTo(Money.rupees(250));
		assertThat(after.amount()).isEqualTo(Money.rupees(400));
	}

	private void presentEveryWorkingDay(YearMonth month) {
		List<HandMark> marks = new ArrayList<>();
		for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				marks.add(new HandMark(UUID.randomUUID().toString(), this.trainee, day, Attendance.PRESENT,
						Instant.parse(day + "T04:30:00Z")));
			}
		}
		this.attendance
			.receive("batch-s", Set.of(this.trainee), new PunchLog.Dates(LocalDate.of(2026, 4, 1), null), marks,
					"usr-instructor")
			.block();
	}

	private StipendLine compute() {
		return this.stipends
			.compute(this.trainee, "batch-s", new StipendRule.Enrolment(LocalDate.of(2026, 4, 1), null), NOVEMBER,
					(day) -> Money.rupees(250))
			.block();
	}

}
