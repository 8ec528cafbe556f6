package ladakh.crafts.marketplace.training;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.training.StipendRule.Enrolment;
import ladakh.crafts.marketplace.training.StipendRule.Stipend;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stipend rule on constructed months: full attendance, below the minimum, joining
 * mid-month, a holiday, a rate change mid-year; and the same stipend whether the month's
 * marks came from the phone, the device file or both.
 */
class StipendRuleTests {

	/** January 2027: 31 days, 5 Sundays, Republic Day a holiday: 25 working days. */
	private static final YearMonth JANUARY = YearMonth.of(2027, 1);

	private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2027, 1, 26), LocalDate.of(2026, 10, 2));

	private static final Function<LocalDate, Money> TWO_FIFTY = (day) -> Money.rupees(250);

	private static final Enrolment ALL_YEAR = new Enrolment(LocalDate.of(2026, 4, 1), null);

	private final StipendRule rule = new StipendRule(75, Set.of(DayOfWeek.SUNDAY));

	@Test
	void fullAttendancePaysTheMonthlyRate() {
		Stipend stipend = this.rule.compute(JANUARY, ALL_YEAR, TWO_FIFTY, HOLIDAYS, workingDays(JANUARY));
		assertThat(stipend.workingDays()).isEqualTo(25);
		assertThat(stipend.daysPresent()).isEqualTo(25);
		assertThat(stipend.belowMinimum()).isFalse();
		assertThat(stipend.amount()).isEqualTo(Money.rupees(250));
	}

	@Test
	void belowTheMinimumPaysNothingAndAtTheMinimumPaysProRata() {
		List<LocalDate> days = new ArrayList<>(workingDays(JANUARY));
		// 18 of 25 is 72 %: below 75 %
		Stipend below = this.rule.compute(JANUARY, ALL_YEAR, TWO_FIFTY, HOLIDAYS, new TreeSet<>(days.subList(0, 18)));
		assertThat(below.belowMinimum()).isTrue();
		assertThat(below.daysPresent()).isEqualTo(18);
		assertThat(below.amount()).isEqualTo(Money.ZERO);
		// 19 of 25 is 76 %: ₹250 × 19 / 25 = ₹190
		Stipend enough = this.rule.compute(JANUARY, ALL_YEAR, TWO_FIFTY, HOLIDAYS, new TreeSet<>(days.subList(0, 19)));
		assertThat(enough.belowMinimum()).isFalse();
		assertThat(enough.amount()).isEqualTo(Money.rupees(190));
	}

	@Test
	void joiningMidMonthIsMeasuredOnTheTraineesOwnDaysAndPaidForTheDaysPresent() {
		Enrolment fromThe18th = new Enrolment(LocalDate.of(2027, 1, 18), null);
		Set<LocalDate> present = new TreeSet<>(
				workingDays(JANUARY).stream().filter((day) -> !day.isBefore(LocalDate.of(2027, 1, 18))).toList());
		Stipend stipend = this.rule.compute(JANUARY, fromThe18th, TWO_FIFTY, HOLIDAYS, present);
		// 18–31 January less two Sundays and Republic Day: 11 days, all present
		assertThat(stipend.enrolledWorkingDays()).isEqualTo(11);
		assertThat(stipend.daysPresent()).isEqualTo(11);
		assertThat(stipend.belowMinimum()).isFalse();
		assertThat(stipend.amount()).isEqualTo(Money.rupees(110)); // 250 × 11 / 25
		// and a trainee who left on the 15th is paid up to then
		Stipend left = this.rule.compute(JANUARY, new Enrolment(ALL_YEAR.joinedOn(), LocalDate.of(2027, 1, 15)),
				TWO_FIFTY, HOLIDAYS, workingDays(JANUARY));
		assertThat(left.enrolledWorkingDays()).isEqualTo(13);
		assertThat(left.amount()).isEqualTo(Money.rupees(130));
	}

	@Test
	void aHolidayIsNotAWorkingDayAndPresenceOnItDoesNotCount() {
		Set<LocalDate> present = new TreeSet<>(workingDays(JANUARY));
		present.add(LocalDate.of(2027, 1, 26));
		present.add(LocalDate.of(2027, 1, 3)); // a Sunday
		Stipend stipend = this.rule.compute(JANUARY, ALL_YEAR, TWO_FIFTY, HOLIDAYS, present);
		assertThat(stipend.daysPresent()).isEqualTo(25);
		assertThat(stipend.amount()).isEqualTo(Money.rupees(250));
		// without the holiday the month has 26 working days, and missing it costs a day
		Stipend noHoliday = this.rule.compute(JANUARY, ALL_YEAR, TWO_FIFTY, Set.of(), workingDays(JANUARY));
		assertThat(noHoliday.workingDays()).isEqualTo(26);
		assertThat(noHoliday.amount()).isEqualTo(Money.paise(24_038)); // 25000 × 25 / 26
																		// = 24038.46
	}

	@Test
	void aRateChangeMidYearPaysTheNewRateFromItsDayAndNeverRewritesAnEarlierMonth() {
		// the advanced carpet-weaving rate goes from ₹100 to ₹200 on 16 October 2026
		LocalDate change = LocalDate.of(2026, 10, 16);
		Function<LocalDate, Money> rate = (day) -> day.isBefore(change) ? Money.rupees(100) : Money.rupees(200);
		YearMonth september = YearMonth.of(2026, 9);
		Stipend before = this.rule.compute(september, ALL_YEAR, rate, HOLIDAYS, workingDays(september));
		assertThat(before.amount()).isEqualTo(Money.rupees(100));
		YearMonth october = YearMonth.of(2026, 10);
		Stipend split = this.rule.compute(october, ALL_YEAR, rate, HOLIDAYS, workingDays(october));
		// October 2026: 31 days, 4 Sundays, Gandhi Jayanti: 26 working days, 12 before
		// the
		// 16th, 14 from it
		assertThat(split.workingDays()).isEqualTo(26);
		assertThat(split.parts()).containsExactly(new StipendRule.RatePart(Money.rupees(100), 12),
				new StipendRule.RatePart(Money.rupees(200), 14));
		assertThat(split.amount()).isEqualTo(Money.paise(15_385)); // (100×12 + 200×14) /
																	// 26 = 153.846
		YearMonth november = YearMonth.of(2026, 11);
		assertThat(this.rule.compute(november, ALL_YEAR, rate, HOLIDAYS, workingDays(november)).amount())
			.isEqualTo(Money.rupees(200));
	}

	@Test
	void theSameMonthGivesTheSameStipendFromThePhoneTheDeviceFileOrBoth() {
		Random random = new Random(20270101L);
		for (int round = 0; round < 200; round++) {
			Set<LocalDate> attended = new TreeSet<>();
			for (LocalDate day : workingDays(JANUARY)) {
				if (random.nextInt(10) < 8) {
					attended.add(day);
				}
			}
			List<HandMark> phone = new ArrayList<>();
			List<Punch> device = new ArrayList<>();
			List<HandMark> someByPhone = new ArrayList<>();
			List<Punch> restByDevice = new ArrayList<>();
			for (LocalDate day : workingDays(JANUARY)) {
				boolean there = attended.contains(day);
				HandMark mark = mark("trn-1", day, there ? Attendance.PRESENT : Attendance.ABSENT);
				phone.add(mark);
				if (random.nextBoolean()) {
					phone.add(mark); // sent again after the network came back
				}
				if (there) {
					device.add(punch("trn-1", day, 9));
					if (random.nextInt(4) == 0) {
						device.add(punch("trn-1", day, 13)); // back from lunch
					}
				}
				boolean byPhone = random.nextBoolean();
				if (byPhone || !there) {
					someByPhone.add(mark);
				}
				if (there && (!byPhone || random.nextBoolean())) {
					restByDevice.add(punch("trn-1", day, 10));
				}
			}
			Stipend fromPhone = stipend(phone, List.of());
			Stipend fromDevice = stipend(List.of(), device);
			Stipend fromBoth = stipend(phone, device);
			Stipend fromSome = stipend(someByPhone, restByDevice);
			assertThat(fromPhone.daysPresent()).isEqualTo(attended.size());
			assertThat(fromDevice).isEqualTo(fromPhone);
			assertThat(fromBoth).isEqualTo(fromPhone);
			assertThat(fromSome).isEqualTo(fromPhone);
		}
	}

	private Stipend stipend(List<HandMark> marks, List<Punch> punches) {
		Map<LocalDate, AttendanceMerge.Day> days = AttendanceMerge.days("trn-1", marks, punches);
		return this.rule.compute(JANUARY, ALL_YEAR, TWO_FIFTY, HOLIDAYS, AttendanceMerge.present(days));
	}

	private static HandMark mark(String person, LocalDate day, Attendance attendance) {
		return new HandMark(person + ":" + day, person, day, attendance, Instant.parse(day + "T04:30:00Z"));
	}

	private static Punch punch(String person, LocalDate day, int hour) {
		return new Punch(person, LocalDateTime.of(day, LocalTime.of(hour, 5)), "bio-leh-01");
	}

	/** The month's days that are neither a Sunday nor one of {@link #HOLIDAYS}. */
	private static Set<LocalDate> workingDays(YearMonth month) {
		Set<LocalDate> days = new TreeSet<>();
		for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(day)) {
				days.add(day);
			}
		}
		return days;
	}

}
