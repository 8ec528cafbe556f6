package ladakh.crafts.marketplace.training;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import ladakh.crafts.marketplace.shared.Money;

/**
 * A trainee's stipend for a month, by the documented rule (decision 0059):
 * <ol>
 * <li>the month's <b>working days</b> are its days less the weekly days off and the
 * department calendar's holidays; the trainee's are those between joining and
 * leaving;</li>
 * <li>only <b>days present</b> on the trainee's working days count (a day present on a
 * holiday is not a working day);</li>
 * <li>a trainee present on fewer than the <b>minimum share</b> of their own working days
 * gets no stipend that month (so joining mid-month does not by itself fall short);</li>
 * <li>otherwise the stipend is <b>pro rata</b>: each day present earns the monthly rate
 * <em>in force that day</em> divided by the month's working days, so a rate change pays
 * the new rate from its effective date and never rewrites an earlier month;</li>
 * <li>the sum is rounded once, half up, to the paisa.</li>
 * </ol>
 * Pure: no clock, no store. Recording a month once and corrections as separate lines is
 * the stipend register's business.
 */
public final class StipendRule {

	private final int minimumPercent;

	private final Set<DayOfWeek> weeklyOff;

	/**
	 * @param minimumPercent the least share of their working days a trainee must be
	 * present on, 0–100
	 * @param weeklyOff the days of the week the centres are closed
	 */
	public StipendRule(int minimumPercent, Set<DayOfWeek> weeklyOff) {
		if (minimumPercent < 0 || minimumPercent > 100) {
			throw new IllegalArgumentException("minimum attendance is a percentage: " + minimumPercent);
		}
		this.minimumPercent = minimumPercent;
		this.weeklyOff = Set.copyOf(weeklyOff);
	}

	/**
	 * Where a trainee stands in the month: enrolled from {@code joinedOn} until
	 * {@code leftOn} (inclusive; {@code null} while still enrolled).
	 */
	public record Enrolment(LocalDate joinedOn, LocalDate leftOn) {

		boolean covers(LocalDate day) {
			return !day.isBefore(this.joinedOn) && (this.leftOn == null || !day.isAfter(this.leftOn));
		}

	}

	/**
	 * The days present at one monthly rate.
	 *
	 * @param monthlyRate the scheme's rate in force on those days
	 * @param days how many days present were paid at it
	 */
	public record RatePart(Money monthlyRate, int days) {

	}

	/**
	 * The month's stipend with the figures it came from, for the officer who approves it
	 * and the trainee's statement.
	 *
	 * @param month the month
	 * @param workingDays the month's working days
	 * @param enrolledWorkingDays the trainee's working days in it
	 * @param daysPresent the working days the trainee was present on
	 * @param belowMinimum present on fewer than the minimum share (or no working day
	 * enrolled): nothing is paid
	 * @param parts the days present by the rate in force
	 * @param amount what is paid
	 */
	public record Stipend(YearMonth month, int workingDays, int enrolledWorkingDays, int daysPresent,
			boolean belowMinimum, List<RatePart> parts, Money amount) {

	}

	/**
	 * @param month the month computed
	 * @param enrolment the trainee's enrolment
	 * @param rateOn the scheme's monthly rate in force on a day
	 * @param holidays the department calendar's holidays (any month's)
	 * @param present the days the trainee counts as present ({@link AttendanceMerge})
	 */
	public Stipend compute(YearMonth month, Enrolment enrolment, Function<LocalDate, Money> rateOn,
			Set<LocalDate> holidays, Set<LocalDate> present) {
		int working = 0;
		int enrolled = 0;
		Map<Money, Integer> daysByRate = new LinkedHashMap<>();
		for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
			if (this.weeklyOff.contains(day.getDayOfWeek()) || holidays.contains(day)) {
				continue;
			}
			working++;
			if (!enrolment.covers(day)) {
				continue;
			}
			enrolled++;
			if (present.contains(day)) {
				daysByRate.merge(rateOn.apply(day), 1, Integer::sum);
			}
		}
		int daysPresent = daysByRate.values().stream().mapToInt(Integer::intValue).sum();
		boolean belowMinimum = enrolled == 0 || daysPresent * 100L < (long) this.minimumPercent * enrolled;
		List<RatePart> parts = new ArrayList<>();
		daysByRate.forEach((rate, days) -> parts.add(new RatePart(rate, days)));
		Money amount = belowMinimum ? Money.ZERO : proRata(parts, working);
		return new Stipend(month, working, enrolled, daysPresent, belowMinimum, List.copyOf(parts), amount);
	}

	/** Σ rate × days ÷ working days, rounded once, half up, to the paisa. */
	private static Money proRata(List<RatePart> parts, int workingDays) {
		BigInteger earned = BigInteger.ZERO;
		for (RatePart part : parts) {
			earned = earned
				.add(BigInteger.valueOf(part.monthlyRate().minor()).multiply(BigInteger.valueOf(part.days())));
		}
		BigDecimal paise = new BigDecimal(earned).divide(BigDecimal.valueOf(workingDays), 0, RoundingMode.HALF_UP);
		return Money.paise(paise.longValueExact());
	}

}
