package ladakh.crafts.marketplace.payments;

import java.util.Set;

import reactor.core.publisher.Mono;

/**
 * The payments port. Adapters: offline settlement (always present) and Stripe (when
 * {@code STRIPE_SECRET_KEY} and {@code STRIPE_WEBHOOK_SECRET} are set). Every call is
 * idempotent on the order or refund key.
 */
public interface PaymentGateway {

	/** {@code OFFLINE} or {@code STRIPE}. */
	String name();

	/** The methods this gateway takes. */
	Set<PaymentMethod> methods();

	/**
	 * Starts paying for an order.
	 * @param request the order's amount and method
	 * @return a redirect or offline instructions; {@link PaymentUnavailableException}
	 * when the gateway fails
	 */
	Mono<PaymentStart> start(PaymentRequest request);

	/**
	 * Gives money back.
	 * @param request what to refund, with its idempotency key
	 * @return the outcome; {@link PaymentUnavailableException} when the gateway fails
	 */
	Mono<RefundResult> refund(RefundRequest request);

}
