package ladakh.crafts.marketplace.sellers.shg;

import ladakh.crafts.marketplace.shared.Money;

/**
 * What moves money in an SHG's revolving fund: grants and repayments add to it,
 * utilisation (a loan to a member, a purchase of materials) takes from it.
 */
public enum FundEntryKind {

	GRANT(1), REPAYMENT(1), UTILISATION(-1);

	private final int sign;

	FundEntryKind(int sign) {
		this.sign = sign;
	}

	/** The change to the balance this entry makes. */
	public Money effect(Money amount) {
		return (this.sign < 0) ? amount.negated() : amount;
	}

}
