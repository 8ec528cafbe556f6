package ladakh.crafts.marketplace.treasury;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import ladakh.crafts.marketplace.shared.IndiaTime;

/**
 * An Indian financial year: 1 April to 31 March, in India time (Asia/Kolkata), written
 * {@code "2026-27"}. A sale at 23:59 IST on 31 March 2027 falls in 2026-27, one at 00:01
 * IST on 1 April 2027 in 2027-28.
 *
 * @param startYear the calendar year its April is in
 */
public record FinancialYear(int startYear) {

	public FinancialYear {
		if (startYear < 1900 || startYear > 9998) {
			throw new IllegalArgumentException("a financial year starts between 1900 and 9998");
		}
	}

	/** The financial year an instant falls in, in India time. */
	public static FinancialYear of(Instant at) {
		return of(IndiaTime.dayOf(at));
	}

	/** The financial year a day (in India) falls in. */
	public static FinancialYear of(LocalDate day) {
		return new FinancialYear((day.getMonthValue() >= 4) ? day.getYear() : day.getYear() - 1);
	}

	/**
	 * @param label e.g. {@code "2026-27"}
	 * @throws IllegalArgumentException when it is not one
	 */
	public static FinancialYear parse(String label) {
		if (label == null || !label.matches("\\d{4}-\\d{2}")) {
			throw new IllegalArgumentException("a financial year is written like 2026-27");
		}
		FinancialYear year = new FinancialYear(Integer.parseInt(label.substring(0, 4)));
		if (!year.label().equals(label)) {
			throw new IllegalArgumentException("a financial year is written like 2026-27");
		}
		return year;
	}

	/** The India-time month of an instant, written {@code "2026-12"}. */
	public static String monthOf(Instant at) {
		return YearMonth.from(IndiaTime.dayOf(at)).toString();
	}

	/** The financial year a month ({@code "2027-03"}) is in. */
	public static FinancialYear ofMonth(String month) {
		return of(YearMonth.parse(month).atDay(1));
	}

	/** {@code "2026-27"}. */
	public String label() {
		return String.format("%d-%02d", this.startYear, (this.startYear + 1) % 100);
	}

	/** Its first moment: 1 April, 00:00 IST. */
	public Instant start() {
		return LocalDate.of(this.startYear, 4, 1).atStartOfDay(IndiaTime.ZONE).toInstant();
	}

	/** The first moment after it: the next 1 April, 00:00 IST. */
	public Instant end() {
		return next().start();
	}

	public FinancialYear next() {
		return new FinancialYear(this.startYear + 1);
	}

	/** Its twelve months, April first, each written {@code "2026-04"}. */
	public java.util.List<String> months() {
		YearMonth april = YearMonth.of(this.startYear, 4);
		return java.util.stream.IntStream.range(0, 12).mapToObj((n) -> april.plusMonths(n).toString()).toList();
	}

	@Override
	public String toString() {
		return label();
	}

}
