package ladakh.crafts.marketplace.orders;

/**
 * The order is placed and holds its stock, but the payment gateway failed: the buyer may
 * try again on the same order (it stays AWAITING_PAYMENT).
 */
public class PaymentPending extends RuntimeException {

	private final String orderId;

	private final String orderNumber;

	public PaymentPending(String orderId, String orderNumber, String message) {
		super(message);
		this.orderId = orderId;
		this.orderNumber = orderNumber;
	}

	public String orderId() {
		return this.orderId;
	}

	public String orderNumber() {
		return this.orderNumber;
	}

}
