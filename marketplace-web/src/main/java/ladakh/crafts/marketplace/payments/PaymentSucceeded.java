package ladakh.crafts.marketplace.payments;

import ladakh.crafts.marketplace.shared.Money;
import reactor.core.publisher.Mono;

/**
 * A gateway took money for an order: the orders area records it (pays the order, flags it
 * when it does not match, gives it back when the order can no longer take it) and answers
 * what it did.
 *
 * @param orderId the order
 * @param amount what was paid
 * @param reference the gateway's payment id (Stripe PaymentIntent)
 * @param gateway the gateway's name, e.g. {@code STRIPE}
 * @param handling where the listener puts its work; see {@link #outcome()}
 */
public record PaymentSucceeded(String orderId, Money amount, String reference, String gateway,
		PaymentHandling handling) {

	public PaymentSucceeded(String orderId, Money amount, String reference, String gateway) {
		this(orderId, amount, reference, gateway, new PaymentHandling());
	}

	/**
	 * After publishing: the listeners' work, to be awaited before the payment is
	 * acknowledged. Its value is the orders area's outcome ({@code PAID},
	 * {@code ALREADY_PAID}, {@code FLAGGED}, {@code REFUNDED}, {@code NOT_PAYABLE} or
	 * {@code NOT_FOUND}).
	 */
	public Mono<String> outcome() {
		return this.handling.outcome(this);
	}

}
