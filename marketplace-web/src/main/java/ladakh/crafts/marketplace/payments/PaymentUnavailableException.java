package ladakh.crafts.marketplace.payments;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * The gateway failed (network, 5xx). The order stays payable; the buyer sees a message to
 * try again, and a retry uses the same idempotency key so it can never charge twice.
 */
public class PaymentUnavailableException extends Refusal {

	/**
	 * @param why what failed, for the log (the buyer reads {@code payment.unavailable})
	 */
	public PaymentUnavailableException(String why, Throwable cause) {
		super(Kind.UNAVAILABLE, "payment.unavailable", new Object[0], new IllegalStateException(why, cause));
	}

	/** What failed, for the log. */
	public String why() {
		return getCause().getMessage();
	}

}
