package ladakh.crafts.marketplace.reports;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import ladakh.crafts.marketplace.exhibitions.StallTakeUp;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.treasury.FinancialYear;

/**
 * The exhibitions that started in a financial year: stalls offered and taken, and their
 * stall sales (the counted sales, whose ledger lines are the STALL channel's revenue), by
 * exhibition and by district. Offered, taken and sales add up to {@link #total()}; sales
 * per stall is a quotient, so its total is the year's sales over the year's stalls taken,
 * not a sum.
 *
 * @param year the financial year
 * @param exhibitions each exhibition's figures, by first day
 */
public record ExhibitionReport(FinancialYear year, List<Exhibition> exhibitions) {

	public ExhibitionReport {
		Objects.requireNonNull(year, "year");
		exhibitions = List.copyOf(exhibitions);
	}

	public Totals total() {
		return Folds.total(this.exhibitions, Exhibition::totals, Totals.NONE, Totals::plus);
	}

	/** The year by exhibition (by first day) or district (largest sales first). */
	public List<Keyed<Totals>> by(By by) {
		return Folds.by(this.exhibitions, by.key, Exhibition::totals, Totals::plus, (totals) -> totals.sales().minor(),
				false);
	}

	/** The ways the year's exhibitions are broken down. */
	public enum By {

		EXHIBITION((exhibition) -> exhibition.takeUp().exhibitionId()),
		DISTRICT((exhibition) -> exhibition.takeUp().district());

		private final Function<Exhibition, String> key;

		By(Function<Exhibition, String> key) {
			this.key = key;
		}

		public String slug() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * @param takeUp its stalls
	 * @param sales its counted stall sales
	 * @param salesCount how many
	 */
	public record Exhibition(StallTakeUp takeUp, Money sales, long salesCount) {

		Totals totals() {
			return new Totals(this.takeUp.planned(), this.takeUp.offered(), this.takeUp.taken(), this.sales, 1);
		}

	}

	/**
	 * @param planned stalls in the plans
	 * @param offered stalls offered
	 * @param taken stalls taken (fee paid)
	 * @param sales stall sales
	 * @param exhibitions how many exhibitions
	 */
	public record Totals(long planned, long offered, long taken, Money sales, long exhibitions) {

		public static final Totals NONE = new Totals(0, 0, 0, Money.ZERO, 0);

		/** Sales per stall taken, in whole paise (nothing when no stall was taken). */
		public Money salesPerStall() {
			return (this.taken == 0) ? Money.ZERO : Money.paise(this.sales.minor() / this.taken);
		}

		Totals plus(Totals other) {
			return new Totals(this.planned + other.planned, this.offered + other.offered, this.taken + other.taken,
					this.sales.plus(other.sales), this.exhibitions + other.exhibitions);
		}

	}

}
