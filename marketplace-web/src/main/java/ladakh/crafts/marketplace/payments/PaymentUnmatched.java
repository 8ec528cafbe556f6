package ladakh.crafts.marketplace.payments;

import reactor.core.publisher.Mono;

/**
 * A gateway reported a payment for an order that cannot be matched to it (no amount, or a
 * currency the order is not priced in): the orders area flags the order for staff.
 *
 * @param orderId the order
 * @param reason why, for staff
 * @param handling where the listener puts its work; see {@link #outcome()}
 */
public record PaymentUnmatched(String orderId, String reason, PaymentHandling handling) {

	public PaymentUnmatched(String orderId, String reason) {
		this(orderId, reason, new PaymentHandling());
	}

	/** After publishing: the listeners' work, awaited before acknowledging. */
	public Mono<String> outcome() {
		return this.handling.outcome(this);
	}

}
