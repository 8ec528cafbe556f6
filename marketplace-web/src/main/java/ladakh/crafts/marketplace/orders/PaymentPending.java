package ladakh.crafts.marketplace.orders;

import java.util.LinkedHashMap;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;

/**
 * The order is placed and holds its stock, but the payment gateway failed: the buyer may
 * try again on the same order (it stays AWAITING_PAYMENT). The client learns the order
 * and where to retry its payment.
 */
public class PaymentPending extends Refusal {

	private final String orderId;

	private final String orderNumber;

	/**
	 * @param why what the gateway said, for the log only
	 */
	public PaymentPending(String orderId, String orderNumber, String why) {
		super(Kind.UNAVAILABLE, "checkout.refused.paymentPending", null, new Object[] { orderNumber },
				facts(orderId, orderNumber));
		this.orderId = orderId;
		this.orderNumber = orderNumber;
	}

	private static Map<String, Object> facts(String orderId, String orderNumber) {
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("orderId", orderId);
		facts.put("orderNumber", orderNumber);
		facts.put("retry", "/api/v1/orders/" + orderId + "/payment");
		return facts;
	}

	public String orderId() {
		return this.orderId;
	}

	public String orderNumber() {
		return this.orderNumber;
	}

}
