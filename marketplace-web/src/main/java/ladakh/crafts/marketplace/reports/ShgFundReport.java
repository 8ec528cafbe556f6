package ladakh.crafts.marketplace.reports;

import java.util.List;
import java.util.Objects;

import ladakh.crafts.marketplace.sellers.ShgFundCell;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.treasury.FinancialYear;

/**
 * SHGs' revolving funds in a financial year: granted, utilised and repaid in it, and the
 * balances at its start and end, in total and by district, folded from the sellers area's
 * cells (an SHG each): each district's rows add up to {@link #total()}, and the closing
 * balance is the opening one plus grants and repayments less utilisation.
 *
 * @param year the financial year
 * @param cells an SHG each, every SHG with an entry before the year's end
 */
public record ShgFundReport(FinancialYear year, List<ShgFundCell> cells) {

	public ShgFundReport {
		Objects.requireNonNull(year, "year");
		cells = List.copyOf(cells);
	}

	public Totals total() {
		return Folds.total(this.cells, Totals::of, Totals.NONE, Totals::plus);
	}

	/** The year by district, largest grants first. */
	public List<Keyed<Totals>> byDistrict() {
		return Folds.by(this.cells, ShgFundCell::district, Totals::of, Totals::plus,
				(totals) -> totals.granted().minor(), false);
	}

	/**
	 * @param opening balances at the year's start
	 * @param granted grants in the year
	 * @param utilised utilisation in the year
	 * @param repaid repayments in the year
	 * @param closing balances at the year's end
	 * @param active SHGs with an entry in the year
	 * @param funds SHGs with a fund by the year's end
	 */
	public record Totals(Money opening, Money granted, Money utilised, Money repaid, Money closing, long active,
			long funds) {

		public static final Totals NONE = new Totals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, 0, 0);

		static Totals of(ShgFundCell cell) {
			return new Totals(cell.opening(), cell.granted(), cell.utilised(), cell.repaid(), cell.closing(),
					cell.active() ? 1 : 0, 1);
		}

		Totals plus(Totals other) {
			return new Totals(this.opening.plus(other.opening), this.granted.plus(other.granted),
					this.utilised.plus(other.utilised), this.repaid.plus(other.repaid),
					this.closing.plus(other.closing), this.active + other.active, this.funds + other.funds);
		}

	}

}
