package ladakh.crafts.marketplace.reports;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.treasury.FinancialYear;
import ladakh.crafts.marketplace.treasury.PayoutCell;

/**
 * A financial year's payouts to sellers (lines marked paid with the bank's UTR in it), by
 * month and by run, folded from the treasury's cells: each breakdown adds up to
 * {@link #total()}.
 *
 * @param year the financial year
 * @param cells its cells, as the treasury summed them
 * @param sellersPaid how many sellers were paid in it (a seller paid in twelve runs is
 * one)
 */
public record PayoutReport(FinancialYear year, List<PayoutCell> cells, long sellersPaid) {

	public PayoutReport {
		Objects.requireNonNull(year, "year");
		cells = List.copyOf(cells);
	}

	public Totals total() {
		return Folds.total(this.cells, Totals::of, Totals.NONE, Totals::plus);
	}

	/** How many runs paid anything in the year. */
	public long runs() {
		return this.cells.stream().map(PayoutCell::runId).distinct().count();
	}

	/** The year by month (calendar order) or by run (largest first). */
	public List<Keyed<Totals>> by(By by) {
		return Folds.by(this.cells, by.key, Totals::of, Totals::plus, (totals) -> totals.amount().minor(),
				by == By.MONTH);
	}

	/** The ways the year's payouts are broken down. */
	public enum By {

		MONTH(PayoutCell::month), RUN(PayoutCell::runId);

		private final Function<PayoutCell, String> key;

		By(Function<PayoutCell, String> key) {
			this.key = key;
		}

		public String slug() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * @param amount paid out
	 * @param lines sellers' lines paid (a seller once a run)
	 */
	public record Totals(Money amount, long lines) {

		public static final Totals NONE = new Totals(Money.ZERO, 0);

		static Totals of(PayoutCell cell) {
			return new Totals(cell.amount(), cell.lines());
		}

		Totals plus(Totals other) {
			return new Totals(this.amount.plus(other.amount), this.lines + other.lines);
		}

	}

}
