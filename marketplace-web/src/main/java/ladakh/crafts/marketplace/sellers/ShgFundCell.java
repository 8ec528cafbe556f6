package ladakh.crafts.marketplace.sellers;

import ladakh.crafts.marketplace.shared.Money;

/**
 * One SHG's revolving fund over a period, for the financial-year reports: its balance
 * before, what moved in the period, and its balance after ({@code opening + granted +
 * repaid - utilised}).
 *
 * @param shgId the SHG
 * @param district its district, or null when not on record
 * @param opening the balance from every entry before the period
 * @param granted grants in the period
 * @param utilised utilisation in the period
 * @param repaid repayments in the period
 * @param entries entries made in the period
 */
public record ShgFundCell(String shgId, String district, Money opening, Money granted, Money utilised, Money repaid,
		long entries) {

	public Money closing() {
		return this.opening.plus(this.granted).plus(this.repaid).minus(this.utilised);
	}

	/** The same SHG with {@code more} added to its opening balance. */
	public ShgFundCell plusOpening(Money more) {
		return new ShgFundCell(this.shgId, this.district, this.opening.plus(more), this.granted, this.utilised,
				this.repaid, this.entries);
	}

	/** The same SHG in its district. */
	public ShgFundCell in(String district) {
		return new ShgFundCell(this.shgId, district, this.opening, this.granted, this.utilised, this.repaid,
				this.entries);
	}

	/** Whether any entry was made for it in the period. */
	public boolean active() {
		return this.entries > 0;
	}

}
