package ladakh.crafts.marketplace.payments;

/**
 * How a buyer pays. All but {@link #CARD} settle offline: the order waits as
 * AWAITING_PAYMENT until ACCOUNTS staff or the seller record the payment reference.
 */
public enum PaymentMethod {

	/** At a department counter (Leh or Kargil). */
	COUNTER,

	/** NEFT/IMPS to the department's bank account. */
	BANK_TRANSFER,

	/** UPI to the department's UPI id. */
	UPI,

	/** Cash on delivery, where every seller in the order allows it. */
	CASH_ON_DELIVERY,

	/** Card through Stripe's hosted Checkout (only when Stripe is configured). */
	CARD;

	public boolean offline() {
		return this != CARD;
	}

}
