package ladakh.crafts.marketplace.treasury.deposits;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import ladakh.crafts.marketplace.shared.Money;

/**
 * Reconciliation figures, worked out from the database's sums (pure logic): due,
 * deposited and outstanding, and the outstanding's age: the days since the end of the
 * oldest month that still owes something, India time.
 *
 * @param due the centre's receipts
 * @param deposited what allocations have credited to them
 * @param oldestUnpaid the oldest month still owing, or null
 * @param ageDays days since that month ended (0 while it runs, or when nothing is owed)
 */
public record Figures(Money due, Money deposited, YearMonth oldestUnpaid, long ageDays) {

	public Money outstanding() {
		return this.due.minus(this.deposited);
	}

	/** The figures of months, from each month's due and deposited sums. */
	public static Figures of(Map<YearMonth, Money> due, Map<YearMonth, Money> deposited, LocalDate today) {
		Money dueTotal = Money.ZERO;
		Money depositedTotal = Money.ZERO;
		YearMonth oldest = null;
		TreeSet<YearMonth> months = new TreeSet<>(due.keySet());
		months.addAll(deposited.keySet());
		for (YearMonth month : months) {
			Money owed = due.getOrDefault(month, Money.ZERO);
			Money paid = deposited.getOrDefault(month, Money.ZERO);
			dueTotal = dueTotal.plus(owed);
			depositedTotal = depositedTotal.plus(paid);
			if (oldest == null && owed.minus(paid).isPositive()) {
				oldest = month;
			}
		}
		return new Figures(dueTotal, depositedTotal, oldest, ageOf(oldest, today));
	}

	/** Each month's own figures, in month order. */
	public static List<MonthFigures> months(List<YearMonth> months, Map<YearMonth, Money> due,
			Map<YearMonth, Money> deposited, LocalDate today) {
		List<MonthFigures> rows = new ArrayList<>();
		for (YearMonth month : months) {
			Money owed = due.getOrDefault(month, Money.ZERO);
			Money paid = deposited.getOrDefault(month, Money.ZERO);
			rows.add(new MonthFigures(month, owed, paid, owed.minus(paid).isPositive() ? ageOf(month, today) : 0));
		}
		return rows;
	}

	static long ageOf(YearMonth month, LocalDate today) {
		if (month == null) {
			return 0;
		}
		return Math.max(0, ChronoUnit.DAYS.between(month.atEndOfMonth(), today));
	}

	/** One month's figures. */
	public record MonthFigures(YearMonth month, Money due, Money deposited, long ageDays) {

		public Money outstanding() {
			return this.due.minus(this.deposited);
		}

	}

}
