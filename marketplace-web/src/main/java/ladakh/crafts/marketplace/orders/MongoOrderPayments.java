package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.util.Date;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Records payments against orders: one conditional update pays an order only while it is
 * payable and only when amount and currency equal its total; a mismatch flags it for
 * staff instead. A gateway payment the order can no longer take (it expired, was
 * cancelled, or another payment paid it) is given back ({@link ReturnedPayments}).
 */
@Service
class MongoOrderPayments implements OrderPayments {

	private final ReactiveMongoTemplate mongo;

	private final Orders orders;

	private final PaidOrders paid;

	private final ReturnedPayments returned;

	private final Clock clock;

	MongoOrderPayments(ReactiveMongoTemplate mongo, Orders orders, PaidOrders paid, ReturnedPayments returned,
			Clock clock) {
		this.mongo = mongo;
		this.orders = orders;
		this.paid = paid;
		this.returned = returned;
		this.clock = clock;
	}

	@Override
	public Mono<PaymentOutcome> recordPayment(PaymentRecord payment) {
		return this.orders.find(payment.orderId())
			.flatMap((order) -> record(order, payment))
			.defaultIfEmpty(PaymentOutcome.NOT_FOUND);
	}

	private Mono<PaymentOutcome> record(Order order, PaymentRecord payment) {
		if (order.status() == OrderStatus.PAID) {
			return samePayment(order, payment) || !this.returned.throughGateway(payment)
					? Mono.just(PaymentOutcome.ALREADY_PAID)
					: this.returned.giveBack(order, payment, PaymentOutcome.ALREADY_PAID.name());
		}
		if (!OrderStatus.PAYABLE.contains(order.status())) {
			return this.returned.throughGateway(payment)
					? this.returned.giveBack(order, payment, closed(order.status()))
					: Mono.just(PaymentOutcome.NOT_PAYABLE);
		}
		if (payment.amountMinor() != order.totalMinor() || !order.currency().equals(payment.currency())) {
			String reason = "Payment " + payment.reference() + " of " + payment.amountMinor() + " " + payment.currency()
					+ " does not match the order total " + order.totalMinor() + " " + order.currency();
			return flagged(order.id(), reason).flatMap((flagged) -> flagged ? Mono.just(PaymentOutcome.FLAGGED)
					: this.orders.find(order.id()).flatMap((now) -> record(now, payment)));
		}
		Date now = Date.from(this.clock.instant());
		Bson filter = Filters.and(Filters.eq("_id", order.id()),
				Filters.in("status", OrderStatus.PAYABLE.stream().map(Enum::name).toList()),
				Filters.eq("totalMinor", payment.amountMinor()), Filters.eq("currency", payment.currency()));
		Bson update = Updates.combine(Updates.set("status", OrderStatus.PAID.name()),
				Updates.set("payment",
						new Document("reference", payment.reference()).append("amountMinor", payment.amountMinor())
							.append("currency", payment.currency())
							.append("source", payment.source())
							.append("recordedBy", payment.recordedBy())
							.append("at", now)),
				Updates.set("updatedAt", now));
		return this.mongo.getCollection(Order.COLLECTION)
			.flatMap((collection) -> Mono.from(collection.findOneAndUpdate(filter, update,
					new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))))
			.map(Order::of)
			.flatMap((paidOrder) -> this.paid.followUp(paidOrder).thenReturn(PaymentOutcome.PAID))
			// Lost a race (expired, paid or flagged meanwhile): answer from the new
			// state.
			.switchIfEmpty(Mono.defer(() -> this.orders.find(order.id())
				.flatMap((now2) -> (now2.status() == order.status()) ? Mono.just(PaymentOutcome.NOT_PAYABLE)
						: record(now2, payment))));
	}

	private static String closed(OrderStatus status) {
		return (status == OrderStatus.EXPIRED || status == OrderStatus.CANCELLED) ? status.name() : "CLOSED";
	}

	/** The payment that paid the order, delivered again (Stripe sends several events). */
	private static boolean samePayment(Order order, PaymentRecord payment) {
		return order.payment() == null || payment.reference() == null
				|| payment.reference().equals(order.payment().reference());
	}

	@Override
	public Mono<Void> flag(String orderId, String reason) {
		return flagged(orderId, reason).then();
	}

	private Mono<Boolean> flagged(String orderId, String reason) {
		Date now = Date.from(this.clock.instant());
		Bson filter = Filters.and(Filters.eq("_id", orderId),
				Filters.in("status", OrderStatus.PAYABLE.stream().map(Enum::name).toList()));
		Bson update = Updates.combine(Updates.set("status", OrderStatus.PAYMENT_FLAGGED.name()),
				Updates.set("flag", new Document("reason", reason).append("at", now)), Updates.set("updatedAt", now));
		return this.mongo.getCollection(Order.COLLECTION)
			.flatMap((collection) -> Mono.from(collection.updateOne(filter, update)))
			.map((result) -> result.getMatchedCount() == 1);
	}

}
