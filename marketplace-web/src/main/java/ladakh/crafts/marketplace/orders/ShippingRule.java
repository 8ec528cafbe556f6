package ladakh.crafts.marketplace.orders;

import java.time.LocalDate;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;

/**
 * A seller's shipping rule, as the product page quotes it: a flat fee per order part
 * (free from an amount, if the seller says so), the days the seller needs to hand a
 * parcel over, and the days a parcel takes within Ladakh and to the rest of India.
 * Sellers who set nothing get the defaults (free, 2 days to dispatch, 3 and 8 in
 * transit). Days are calendar days counted from today in India.
 *
 * @param sellerId the seller
 * @param fee the fee per order part
 * @param freeFrom from what price the fee is waived, or null
 * @param dispatchDays days to hand the parcel over
 * @param ladakhDays days in transit within Ladakh
 * @param indiaDays days in transit to the rest of India
 * @param custom false when these are the defaults
 */
public record ShippingRule(String sellerId, Money fee, Money freeFrom, int dispatchDays, int ladakhDays, int indiaDays,
		boolean custom) {

	/** The most days any of the three may be. */
	public static final int MAX_DAYS = 60;

	/** The highest fee a seller may set (₹5,000). */
	public static final Money MAX_FEE = Money.rupees(5_000);

	static ShippingRule defaults(String sellerId) {
		return new ShippingRule(sellerId, Money.ZERO, null, 2, 3, 8, false);
	}

	/**
	 * The fee for an order part of this subtotal (checkout charges it per part, decision
	 * 53); the product page asks it for one piece at its price.
	 */
	public Money feeFor(Money price) {
		return (this.freeFrom != null && price.compareTo(this.freeFrom) >= 0) ? Money.ZERO : this.fee;
	}

	/**
	 * What the product page says about a piece.
	 * @param price its price
	 * @param makingDays days to make it (made to order), 0 for one in stock
	 * @param today today in India
	 */
	public Quote quote(Money price, int makingDays, LocalDate today) {
		LocalDate handedOver = today.plusDays((long) Math.max(0, makingDays) + this.dispatchDays);
		return new Quote(feeFor(price), this.freeFrom, IndiaTime.day(handedOver.plusDays(this.ladakhDays)),
				IndiaTime.day(handedOver.plusDays(this.indiaDays)));
	}

	/**
	 * @param fee what shipping costs (zero: free)
	 * @param freeFrom from what price shipping is free, or null
	 * @param ladakhBy the day a parcel is expected within Ladakh
	 * @param indiaBy the day a parcel is expected elsewhere in India
	 */
	public record Quote(Money fee, Money freeFrom, LocalizedText ladakhBy, LocalizedText indiaBy) {

		public boolean free() {
			return this.fee.isZero();
		}

	}

}
