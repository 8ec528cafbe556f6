package ladakh.crafts.marketplace.shared.charts;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The twelve points of a financial year, April to March, for a {@link ColumnChart}: a
 * month without a figure is a zero (a month with no sales is still a month), and the
 * labels are the months' short names in the reader's language.
 */
public final class FinancialYearMonths {

	private FinancialYearMonths() {
	}

	/**
	 * @param startYear the year the financial year begins in (2025 for 2025-26)
	 * @param values figures by month, all within that financial year
	 * @throws IllegalArgumentException for a month outside the financial year
	 */
	public static List<ChartPoint> points(int startYear, Map<YearMonth, Long> values, Locale locale) {
		YearMonth april = YearMonth.of(startYear, Month.APRIL);
		for (YearMonth month : values.keySet()) {
			if (month.isBefore(april) || !month.isBefore(april.plusYears(1))) {
				throw new IllegalArgumentException(month + " lies outside the financial year " + startYear + "-"
						+ String.format("%02d", (startYear + 1) % 100));
			}
		}
		List<ChartPoint> points = new ArrayList<>(12);
		for (int i = 0; i < 12; i++) {
			YearMonth month = april.plusMonths(i);
			points.add(new ChartPoint(month.getMonth().getDisplayName(TextStyle.SHORT, locale),
					values.getOrDefault(month, 0L)));
		}
		return points;
	}

}
