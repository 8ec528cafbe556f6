package ladakh.crafts.marketplace.reports;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.training.KitCell;
import ladakh.crafts.marketplace.treasury.FinancialYear;

/**
 * A financial year's subsidy kits: those issued in it, their value, the beneficiaries'
 * share and the subsidy, by centre and scheme, folded from the training area's cells:
 * each breakdown adds up to {@link #total()}.
 *
 * @param year the financial year
 * @param cells its cells, as the training area summed them
 */
public record KitReport(FinancialYear year, List<KitCell> cells) {

	public KitReport {
		Objects.requireNonNull(year, "year");
		cells = List.copyOf(cells);
	}

	public Totals total() {
		return Folds.total(this.cells, Totals::of, Totals.NONE, Totals::plus);
	}

	/** The year by centre or scheme, largest subsidy first. */
	public List<Keyed<Totals>> by(By by) {
		return Folds.by(this.cells, by.key, Totals::of, Totals::plus, (totals) -> totals.subsidy().minor(), false);
	}

	/** The ways the year's kits are broken down. */
	public enum By {

		CENTRE(KitCell::centreId), SCHEME(KitCell::schemeId);

		private final Function<KitCell, String> key;

		By(Function<KitCell, String> key) {
			this.key = key;
		}

		public String slug() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * @param kits kits issued
	 * @param value what they cost the department
	 * @param share what the beneficiaries paid
	 * @param subsidy the value less the share
	 */
	public record Totals(long kits, Money value, Money share, Money subsidy) {

		public static final Totals NONE = new Totals(0, Money.ZERO, Money.ZERO, Money.ZERO);

		static Totals of(KitCell cell) {
			return new Totals(cell.kits(), cell.value(), cell.share(), cell.subsidy());
		}

		Totals plus(Totals other) {
			return new Totals(this.kits + other.kits, this.value.plus(other.value), this.share.plus(other.share),
					this.subsidy.plus(other.subsidy));
		}

	}

}
