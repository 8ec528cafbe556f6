package ladakh.crafts.marketplace.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import ladakh.crafts.marketplace.treasury.RevenueCell;

/**
 * A financial year's revenue by channel, seller kind, craft, district, centre and month,
 * folded from the ledger's cells. Every breakdown is a sum of the same cells, so each
 * adds up to {@link #total()} exactly.
 *
 * @param year the financial year
 * @param cells its cells, as the treasury summed them
 */
public record RevenueReport(FinancialYear year, List<RevenueCell> cells) {

	public RevenueReport {
		Objects.requireNonNull(year, "year");
		cells = List.copyOf(cells);
	}

	/** Sales less refunds, reversals with their sign, every line of the year. */
	public Totals total() {
		Totals total = Totals.NONE;
		for (RevenueCell cell : this.cells) {
			total = total.plus(cell);
		}
		return total;
	}

	/**
	 * The year's total of the lines owed to one payee ({@code SELLER}, {@code TREASURY}).
	 */
	public Money totalFor(String payee) {
		Money total = Money.ZERO;
		for (RevenueCell cell : this.cells) {
			if (payee.equals(cell.payee())) {
				total = total.plus(cell.sums().total());
			}
		}
		return total;
	}

	/**
	 * The year by one key, largest total first (then by key, nulls last); months in
	 * calendar order.
	 */
	public List<Row> by(Breakdown breakdown) {
		Map<String, Totals> sums = new LinkedHashMap<>();
		for (RevenueCell cell : this.cells) {
			sums.merge(String.valueOf(breakdown.keyOf(cell)), Totals.NONE.plus(cell), Totals::plus);
		}
		List<Row> rows = new ArrayList<>();
		sums.forEach((key, totals) -> rows.add(new Row("null".equals(key) ? null : key, totals)));
		Comparator<Row> byKey = Comparator.comparing(Row::key, Comparator.nullsLast(Comparator.naturalOrder()));
		rows.sort((breakdown == Breakdown.MONTH) ? byKey
				: Comparator.comparing((Row row) -> row.totals().total().minor()).reversed().thenComparing(byKey));
		return rows;
	}

	/**
	 * One row of a breakdown.
	 *
	 * @param key the channel, kind, craft slug, district, centre id or month; null when
	 * the lines did not record it
	 * @param totals its totals
	 */
	public record Row(String key, Totals totals) {

	}

	/**
	 * Totals of ledger lines.
	 *
	 * @param total sales less refunds and reversals
	 * @param commission the commission kept
	 * @param owed what the lines owe their sellers (nothing for the treasury's lines)
	 * @param lines how many lines
	 */
	public record Totals(Money total, Money commission, Money owed, long lines) {

		public static final Totals NONE = new Totals(Money.ZERO, Money.ZERO, Money.ZERO, 0);

		Totals plus(RevenueCell cell) {
			return plus(
					new Totals(cell.sums().total(), cell.sums().commission(), cell.sums().owed(), cell.sums().lines()));
		}

		Totals plus(Totals other) {
			return new Totals(this.total.plus(other.total), this.commission.plus(other.commission),
					this.owed.plus(other.owed), this.lines + other.lines);
		}

	}

}
