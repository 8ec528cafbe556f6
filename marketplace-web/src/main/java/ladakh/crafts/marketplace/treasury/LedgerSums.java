package ladakh.crafts.marketplace.treasury;

import ladakh.crafts.marketplace.shared.Money;

/**
 * Totals of ledger lines, summed by the database from their signed fields.
 *
 * @param total sales less refunds, reversals with their sign ({@code signedMinor})
 * @param owed what the lines owe their sellers ({@code signedOwedMinor}; 0 for the
 * treasury's lines)
 * @param commission the commission kept on them ({@code signedCommissionMinor})
 * @param lines how many lines
 */
public record LedgerSums(Money total, Money owed, Money commission, long lines) {

	public static final LedgerSums NONE = new LedgerSums(Money.ZERO, Money.ZERO, Money.ZERO, 0);

	LedgerSums plus(LedgerSums other) {
		return new LedgerSums(this.total.plus(other.total), this.owed.plus(other.owed),
				this.commission.plus(other.commission), this.lines + other.lines);
	}

}
