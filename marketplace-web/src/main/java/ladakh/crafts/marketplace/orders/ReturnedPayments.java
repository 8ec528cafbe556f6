package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.payments.RefundRequest;
import ladakh.crafts.marketplace.payments.RefundResult;
import ladakh.crafts.marketplace.system.audit.AuditEvent;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
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

	private final ReactiveMongoTemplate mongo;

	private final Orders orders;

	private final ObjectProvider<PaymentGateway> gateways;

	private final OrderNotices notices;

	private final AuditTrail audit;

	private final Clock clock;

	ReturnedPayments(ReactiveMongoTemplate mongo, Orders orders, ObjectProvider<PaymentGateway> gateways,
			OrderNotices notices, AuditTrail audit, Clock clock) {
		this.mongo = mongo;
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
		Date now = Date.from(this.clock.instant());
		Order.ReturnedPayment fresh = new Order.ReturnedPayment(payment.reference(), payment.amountMinor(),
				payment.currency(), payment.source(), reason, "payment-refund:" + payment.reference(),
				Order.ReturnedPayment.REFUNDING, null, now.toInstant());
		Bson notYet = Filters.and(Filters.eq("_id", order.id()),
				Filters.ne("returnedPayments.reference", payment.reference()));
		Bson record = Updates.combine(Updates.push("returnedPayments", fresh.document()),
				Updates.set("updatedAt", now));
		return this.mongo.getCollection(Order.COLLECTION)
			.flatMap((collection) -> Mono.from(collection.updateOne(notYet, record)))
			.then(stored(order.id(), payment.reference()))
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
				? gateway.refund(new RefundRequest(found.order().id(), null, returned.amountMinor(),
						returned.currency(), returned.refundKey(), returned.reference()))
				// The gateway was switched off since: staff pay it back by hand.
				: Mono.just(new RefundResult(returned.refundKey(), "TO_PAY_OFFLINE", null));
		Bson refunding = Filters.and(Filters.eq("_id", found.order().id()),
				Filters.elemMatch("returnedPayments", Filters.and(Filters.eq("reference", returned.reference()),
						Filters.eq("refundStatus", Order.ReturnedPayment.REFUNDING))));
		return result
			.flatMap((answer) -> this.mongo.getCollection(Order.COLLECTION)
				.flatMap((collection) -> Mono.from(collection.updateOne(refunding,
						Updates.combine(Updates.set("returnedPayments.$.refundStatus", answer.status()),
								Updates.set("returnedPayments.$.refundId", answer.externalId()),
								Updates.set("updatedAt", Date.from(this.clock.instant())))))))
			.then(stored(found.order().id(), returned.reference()));
	}

	/** Once per payment: the entry's id is the payment's. */
	private Mono<Void> audit(Order order, Returned found) {
		Order.ReturnedPayment returned = found.payment();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("number", order.number());
		details.put("reference", returned.reference());
		details.put("amountMinor", returned.amountMinor());
		details.put("currency", returned.currency());
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
		return this.audit.append(event).then().onErrorResume(ReturnedPayments::duplicate, (ex) -> Mono.empty());
	}

	private Mono<Returned> stored(String orderId, String reference) {
		return this.orders.find(orderId)
			.flatMap((order) -> Mono.justOrEmpty(order.returnedPayments()
				.stream()
				.filter((returned) -> reference.equals(returned.reference()))
				.findFirst()
				.map((returned) -> new Returned(order, returned))));
	}

	private record Returned(Order order, Order.ReturnedPayment payment) {
	}

	private static boolean duplicate(Throwable ex) {
		return ex instanceof DuplicateKeyException || ex instanceof com.mongodb.DuplicateKeyException
				|| (ex instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
	}

}
