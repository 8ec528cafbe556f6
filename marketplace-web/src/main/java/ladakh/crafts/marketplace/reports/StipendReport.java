package ladakh.crafts.marketplace.reports;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.training.StipendCell;
import ladakh.crafts.marketplace.treasury.FinancialYear;

/**
 * A financial year's stipends paid (the lines of its twelve months recorded PAID), by
 * month, centre and scheme, folded from the training area's cells: each breakdown adds up
 * to {@link #total()}.
 *
 * @param year the financial year
 * @param cells its cells, as the training area summed them
 * @param traineesPaid how many trainees were paid for any month of it (a trainee paid for
 * twelve months is one)
 */
public record StipendReport(FinancialYear year, List<StipendCell> cells, long traineesPaid) {

	public StipendReport {
		Objects.requireNonNull(year, "year");
		cells = List.copyOf(cells);
	}

	public Totals total() {
		return Folds.total(this.cells, Totals::of, Totals.NONE, Totals::plus);
	}

	/** The year by month (calendar order), centre or scheme (largest first). */
	public List<Keyed<Totals>> by(By by) {
		return Folds.by(this.cells, by.key, Totals::of, Totals::plus, (totals) -> totals.amount().minor(),
				by == By.MONTH);
	}

	/** The ways the year's stipends are broken down. */
	public enum By {

		MONTH(StipendCell::month), CENTRE(StipendCell::centreId), SCHEME(StipendCell::scheme);

		private final Function<StipendCell, String> key;

		By(Function<StipendCell, String> key) {
			this.key = key;
		}

		public String slug() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * @param amount what was paid, corrections with their sign
	 * @param traineeMonths trainees paid, counted once per month they were paid for
	 * @param lines paid lines
	 */
	public record Totals(Money amount, long traineeMonths, long lines) {

		public static final Totals NONE = new Totals(Money.ZERO, 0, 0);

		static Totals of(StipendCell cell) {
			return new Totals(cell.amount(), cell.traineeMonths(), cell.lines());
		}

		Totals plus(Totals other) {
			return new Totals(this.amount.plus(other.amount), this.traineeMonths + other.traineeMonths,
					this.lines + other.lines);
		}

	}

}
