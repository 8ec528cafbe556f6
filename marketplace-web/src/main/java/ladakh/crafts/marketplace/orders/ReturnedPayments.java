package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.payments.RefundRequest;
import ladakh.crafts.marketplace.payments.RefundResult;
import ladakh.crafts.marketplace.system.audit.AuditEvent;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives back a gateway payment that came for an order that can no longer take it
 * (expired, cancelled, or paid already by another payment). Without transactions, as
 * steps that are each safe to repeat, by any number of deliveries at once: record it in
 * the order once ({@code $push} conditional on its reference being absent), refund it
 * through the gateway that took it under the key {@code payment-refund:<reference>} (the
 * gateway refunds a key once) while the record says REFUNDING, store the gateway's answer
 * (conditional on REFUNDING), audit it under an id of its own, and queue the buyer's
 * email under a key of its own. A failure leaves the record REFUNDING and fails the call,
 * so the webhook answers 5xx and Stripe delivers the payment again.
 */
@Component
class ReturnedPayments {

	static final String AUDIT_ACTION = "ORDER_PAYMENT_RETURNED";

	private final OrderRepository orders;

	private final ObjectProvider<PaymentGateway> gateways;

	private final OrderNotices notices;

	private final AuditTrail audit;

	private final Clock clock;

	ReturnedPayments(OrderRepository orders, ObjectProvider<PaymentGateway> gateways, OrderNotices notices,
			AuditTrail audit, Clock clock) {
		this.orders = orders;
		this.gateways = gateways;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether a gateway took this payment (not staff or a seller by hand). */
	boolean throughGateway(PaymentRecord payment) {
		return payment.reference() != null
				&& this.gateways.orderedStream().anyMatch((gateway) -> gateway.name().equals(payment.source()));
	}

	/**
	 * @param reason the order's status, or {@code ALREADY_PAID}
	 * @return {@link PaymentOutcome#REFUNDED} once every step is done
	 */
	Mono<PaymentOutcome> giveBack(Order order, PaymentRecord payment, String reason) {
		Order.ReturnedPayment fresh = order.returnPayment(payment, reason, this.clock.instant());
		return this.orders.addReturnedPayment(order.id(), fresh)
			.flatMap((stored) -> Mono.justOrEmpty(stored.returned(payment.reference()))
				.map((returned) -> new Returned(stored, returned)))
			.flatMap(this::refund)
			.flatMap((returned) -> audit(order, returned)
				.then(this.notices.paymentReturned(order.id(), returned.payment())))
			.thenReturn(PaymentOutcome.REFUNDED);
	}

	private Mono<Returned> refund(Returned found) {
		Order.ReturnedPayment returned = found.payment();
		if (!Order.ReturnedPayment.REFUNDING.equals(returned.refundStatus())) {
			return Mono.just(found);
		}
		PaymentGateway gateway = this.gateways.orderedStream()
			.filter((candidate) -> candidate.name().equals(returned.source()))
			.findFirst()
			.orElse(null);
		Mono<RefundResult> result = (gateway != null)
				? gateway.refund(new RefundRequest(found.order().id(), null, returned.amount(), returned.refundKey(),
						returned.reference()))
				// The gateway was switched off since: staff pay it back by hand.
				: Mono.just(new RefundResult(returned.refundKey(), "TO_PAY_OFFLINE", null));
		return result
			.flatMap((answer) -> this.orders.answerReturnedPayment(found.order().id(), returned.reference(), answer,
					this.clock.instant()))
			.flatMap((stored) -> Mono.justOrEmpty(stored.returned(returned.reference()))
				.map((answered) -> new Returned(stored, answered)));
	}

	/** Once per payment: the entry's id is the payment's. */
	private Mono<Void> audit(Order order, Returned found) {
		Order.ReturnedPayment returned = found.payment();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("number", order.number());
		details.put("reference", returned.reference());
		details.put("amountMinor", returned.amount().minor());
		details.put("currency", returned.amount().currency().getCurrencyCode());
		details.put("refundKey", returned.refundKey());
		details.put("refundStatus", returned.refundStatus());
		if (returned.refundId() != null) {
			details.put("refundId", returned.refundId());
		}
		AuditEvent event = new AuditEvent("aud-payment-returned:" + returned.reference(), this.clock.instant(),
				AuditTrail.SYSTEM, List.of(), AUDIT_ACTION, "ORDER", order.id(),
				"A " + returned.source() + " payment came for an order that could not take it (" + returned.reason()
						+ ") and was given back",
				details);
		return this.audit.append(event)
			.then()
			.onErrorResume(CheckoutAttemptRepository::duplicate, (ex) -> Mono.empty());
	}

	private record Returned(Order order, Order.ReturnedPayment payment) {
	}

}
