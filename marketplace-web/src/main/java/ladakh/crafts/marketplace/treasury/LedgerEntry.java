package ladakh.crafts.marketplace.treasury;

import java.time.Instant;

import ladakh.crafts.marketplace.shared.Money;

/**
 * One line of the revenue ledger. Amounts are always positive; {@code kind} says which
 * way the money went.
 *
 * @param id {@code sale:<partId>}, {@code stall:<saleId>} or {@code refund:<refundKey>}:
 * the unique key that makes recording idempotent
 * @param kind {@code SALE} or {@code REFUND}
 * @param orderId the buyer order
 * @param partId the seller part
 * @param sellerId the seller
 * @param amount more than zero
 * @param reference the payment or refund reference
 * @param at when it was recorded
 * @param channel {@code ONLINE} (an order) or {@code STALL} (a sale at an exhibition
 * stall)
 * @param exhibitionId the exhibition of a stall sale, else null
 * @param paymentMode a stall sale's {@code CASH} or {@code UPI}, else null
 */
public record LedgerEntry(String id, String kind, String orderId, String partId, String sellerId, Money amount,
		String reference, Instant at, String channel, String exhibitionId, String paymentMode) {

	public static final String SALE = "SALE";

	public static final String ONLINE = "ONLINE";

	public static final String STALL = "STALL";

	public static final String REFUND = "REFUND";

	public LedgerEntry {
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("a ledger amount must be positive");
		}
		if (!SALE.equals(kind) && !REFUND.equals(kind)) {
			throw new IllegalArgumentException("kind must be SALE or REFUND");
		}
		channel = (channel != null) ? channel : ONLINE;
	}

	/** The amount as it moves the seller's revenue: a refund counts against it. */
	public Money signedAmount() {
		return SALE.equals(this.kind) ? this.amount : this.amount.negated();
	}

}
