package ladakh.crafts.marketplace.treasury;

import java.time.Instant;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * One line of the revenue ledger (docs/decisions/0068). Amounts are always positive;
 * {@code kind} says which way the money went, and {@link #signedMinor()} /
 * {@link #signedOwedMinor()} carry the sign so that every total is a plain sum.
 *
 * @param id {@code sale:<partId>}, {@code stall:<saleId>}, {@code complex:<saleId>},
 * {@code refund:<refundKey>} or {@code reversal:<id of the reversed line>}: the unique
 * key that makes recording idempotent
 * @param kind {@code SALE}, {@code REFUND} or {@code REVERSAL}
 * @param orderId the buyer order, or null
 * @param partId the seller part, or null
 * @param sellerId the seller (a training centre's id is its centre's)
 * @param amount more than zero
 * @param reference the payment or refund reference
 * @param at when it happened
 * @param channel {@code ONLINE} (an order), {@code STALL} (an exhibition stall) or
 * {@code COMPLEX} (the artisan complex)
 * @param exhibitionId the exhibition of a stall sale, else null
 * @param paymentMode {@code CARD}, {@code COUNTER}, {@code UPI}, {@code CASH},
 * {@code BANK_TRANSFER}... or null when unknown
 * @param sellerKind the seller's kind when the line was written ({@code ARTISAN},
 * {@code SHG}, {@code UNIT_HOLDER}, {@code CO_OPERATIVE}, {@code TRAINING_CENTRE}), or
 * null for an unknown seller
 * @param craft the seller's first craft, or null
 * @param district the seller's district, or null
 * @param payee {@code SELLER} (owed to the seller) or {@code TREASURY} (a training
 * centre's sale: government receipts)
 * @param commissionBps the commission rate frozen on the line, in basis points
 * @param commission the commission on the amount, zero or more, positive like it
 * @param reverses the reversed line's id (a REVERSAL), else null
 * @param reversedKind the reversed line's kind (a REVERSAL), else null
 * @param reason why it was reversed (a REVERSAL), else null
 * @param by who reversed it (a REVERSAL), else null
 */
public record LedgerEntry(String id, String kind, String orderId, String partId, String sellerId, Money amount,
		String reference, Instant at, String channel, String exhibitionId, String paymentMode, String sellerKind,
		String craft, String district, String payee, int commissionBps, Money commission, String reverses,
		String reversedKind, String reason, String by) {

	public static final String SALE = "SALE";

	public static final String REFUND = "REFUND";

	public static final String REVERSAL = "REVERSAL";

	public static final String ONLINE = "ONLINE";

	public static final String STALL = "STALL";

	public static final String COMPLEX = "COMPLEX";

	public static final String SELLER = "SELLER";

	public static final String TREASURY = "TREASURY";

	/** The seller kind whose sales are government receipts. */
	public static final String TRAINING_CENTRE = "TRAINING_CENTRE";

	public LedgerEntry {
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("a ledger amount must be positive");
		}
		if (!SALE.equals(kind) && !REFUND.equals(kind) && !REVERSAL.equals(kind)) {
			throw new IllegalArgumentException("kind must be SALE, REFUND or REVERSAL");
		}
		if (REVERSAL.equals(kind)
				&& (reverses == null || !(SALE.equals(reversedKind) || REFUND.equals(reversedKind)))) {
			throw new IllegalArgumentException("a reversal names the SALE or REFUND line it reverses");
		}
		if (commissionBps < 0 || commissionBps > 10_000) {
			throw new IllegalArgumentException("a commission rate is 0 to 10,000 basis points");
		}
		commission = (commission != null) ? commission : Money.of(0, amount.currencyCode());
		if (commission.isNegative() || commission.isGreaterThan(amount)) {
			throw new IllegalArgumentException("a commission is zero or more and at most the amount");
		}
		channel = (channel != null) ? channel : ONLINE;
		payee = (payee != null) ? payee : payeeOf(sellerKind);
	}

	/**
	 * A SALE or REFUND line: the payee from the seller's kind, the commission at the rate
	 * given, frozen on the line.
	 */
	public static LedgerEntry of(String id, String kind, SellerFacts seller, Money amount, int commissionBps,
			String channel, String paymentMode, Instant at, String orderId, String partId, String exhibitionId,
			String reference) {
		return new LedgerEntry(id, kind, orderId, partId, seller.id(), amount, reference, at, channel, exhibitionId,
				paymentMode, seller.kind(), seller.craft(), seller.district(), payeeOf(seller.kind()), commissionBps,
				commissionOn(amount, commissionBps), null, null, null, null);
	}

	/** {@code TREASURY} for a training centre's lines, else {@code SELLER}. */
	public static String payeeOf(String sellerKind) {
		return TRAINING_CENTRE.equals(sellerKind) ? TREASURY : SELLER;
	}

	/** The commission on an amount at a rate in basis points, rounded half up. */
	public static Money commissionOn(Money amount, int bps) {
		return Money.of((amount.minor() * bps + 5_000) / 10_000, amount.currencyCode());
	}

	/**
	 * The line that reverses this one: same seller, channel, amount and frozen
	 * commission, the opposite sign, keyed {@code reversal:<id>} so a line is reversed
	 * once.
	 * @throws Refusal CONFLICT when this line is itself a reversal
	 */
	public LedgerEntry reversal(Instant when, String why, String who) {
		if (REVERSAL.equals(this.kind)) {
			throw Refusal.conflict("ledger.reversal.ofReversal");
		}
		return new LedgerEntry("reversal:" + this.id, REVERSAL, this.orderId, this.partId, this.sellerId, this.amount,
				this.reference, when, this.channel, this.exhibitionId, this.paymentMode, this.sellerKind, this.craft,
				this.district, this.payee, this.commissionBps, this.commission, this.id, this.kind, why, who);
	}

	/** +1 when the line adds to the revenue, -1 when it takes from it. */
	public int sign() {
		if (SALE.equals(this.kind)) {
			return 1;
		}
		if (REFUND.equals(this.kind)) {
			return -1;
		}
		return SALE.equals(this.reversedKind) ? -1 : 1;
	}

	/** The amount as it moves the seller's revenue: a refund counts against it. */
	public Money signedAmount() {
		return (sign() > 0) ? this.amount : this.amount.negated();
	}

	public long signedMinor() {
		return sign() * this.amount.minor();
	}

	public long signedCommissionMinor() {
		return sign() * this.commission.minor();
	}

	/**
	 * What the line adds to (or takes from) what the seller is owed; 0 for the
	 * treasury's.
	 */
	public long signedOwedMinor() {
		return SELLER.equals(this.payee) ? sign() * (this.amount.minor() - this.commission.minor()) : 0;
	}

	/** The Indian financial year of {@link #at()}, e.g. {@code "2026-27"}. */
	public String fy() {
		return FinancialYear.of(this.at).label();
	}

	/** The India-time month of {@link #at()}, e.g. {@code "2026-12"}. */
	public String month() {
		return FinancialYear.monthOf(this.at);
	}

}
