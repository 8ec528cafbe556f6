package ladakh.crafts.marketplace.payments;

import java.time.Duration;
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
	 * How long an order must still hold its pieces when a payment is started: a hosted
	 * page cannot be made to close sooner (Stripe: 30 minutes, plus a margin).
	 */
	default Duration leadTime() {
		return Duration.ZERO;
	}

	/**
	 * Closes whatever this gateway has open for an order that can no longer be paid
	 * (expired or cancelled), so nobody pays it from now on. Safe to repeat.
	 * @param orderId the order
	 * @return completes when closed; {@link PaymentUnavailableException} when the gateway
	 * fails (a payment that still arrives is refunded)
	 */
	default Mono<Void> close(String orderId) {
		return Mono.empty();
	}

	/**
	 * Gives money back.
	 * @param request what to refund, with its idempotency key
	 * @return the outcome; {@link PaymentUnavailableException} when the gateway fails
	 */
	Mono<RefundResult> refund(RefundRequest request);

}
