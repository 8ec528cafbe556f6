package ladakh.crafts.marketplace.treasury.payouts;

/**
 * Where a payout run is: PREPARED → REVIEWED → EXPORTED → PAID, or CANCELLED before
 * export.
 */
public enum PayoutStatus {

	PREPARED, REVIEWED, EXPORTED, PAID, CANCELLED

}
