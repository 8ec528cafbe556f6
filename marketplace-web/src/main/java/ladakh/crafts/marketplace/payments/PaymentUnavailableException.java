package ladakh.crafts.marketplace.payments;

/**
 * The gateway failed (network, 5xx). The order stays payable; the buyer sees a message to
 * try again, and a retry uses the same idempotency key so it can never charge twice.
 */
public class PaymentUnavailableException extends RuntimeException {

	public PaymentUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
