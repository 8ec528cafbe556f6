package ladakh.crafts.marketplace.stalls;

/** How a buyer paid at the stall. */
public enum PaymentMode {

	/** Cash in hand. */
	CASH,
	/** A UPI transfer, with its reference. */
	UPI

}
