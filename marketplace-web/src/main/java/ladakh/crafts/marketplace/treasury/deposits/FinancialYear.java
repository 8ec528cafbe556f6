package ladakh.crafts.marketplace.treasury.deposits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * An Indian financial year, 1 April to 31 March in India time, written {@code 2026-27}.
 *
 * @param startYear the calendar year it begins in
 */
public record FinancialYear(int startYear) {

	private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-(\\d{2})");

	/** The year a day falls in. */
	public static FinancialYear of(LocalDate day) {
		return new FinancialYear((day.getMonthValue() >= 4) ? day.getYear() : day.getYear() - 1);
	}

	/** The year a moment falls in, India time. */
	public static FinancialYear of(Instant at) {
		return of(IndiaTime.dayOf(at));
	}

	/** The year a month ({@code 2026-11}) falls in. */
	public static FinancialYear of(YearMonth month) {
		return of(month.atDay(1));
	}

	/**
	 * Reads {@code 2026-27}.
	 * @throws Refusal NOT_FOUND when it is not a financial year as written
	 */
	public static FinancialYear parse(String text) {
		var matcher = (text != null) ? WRITTEN.matcher(text) : null;
		if (matcher == null || !matcher.matches()) {
			throw Refusal.notFound("treasury.fy.unknown");
		}
		int start = Integer.parseInt(matcher.group(1));
		if (start < 2000 || start > 9998 || Integer.parseInt(matcher.group(2)) != (start + 1) % 100) {
			throw Refusal.notFound("treasury.fy.unknown");
		}
		return new FinancialYear(start);
	}

	/** Its twelve months, April first. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>(12);
		for (int i = 0; i < 12; i++) {
			months.add(YearMonth.of(this.startYear, 4).plusMonths(i));
		}
		return months;
	}

	public FinancialYear previous() {
		return new FinancialYear(this.startYear - 1);
	}

	public boolean contains(YearMonth month) {
		return of(month).equals(this);
	}

	@Override
	public String toString() {
		return this.startYear + "-" + String.format("%02d", (this.startYear + 1) % 100);
	}

}
