package ladakh.crafts.marketplace.payments.stripe;

import java.time.Instant;

import org.bson.Document;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.orders.OrderPayments;
import ladakh.crafts.marketplace.orders.PaymentOutcome;
import ladakh.crafts.marketplace.orders.PaymentRecord;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stands in for the orders area's {@code OrderPayments} until it is on this branch: the
 * documented behaviour (conditional on AWAITING_PAYMENT; a mismatch flags) over the
 * documented {@code orders} fields. Once the orders area's implementation is present,
 * this bean is left out and the tests run against the real one.
 */
@TestConfiguration(proxyBeanMethods = false)
class StandInOrderPayments {

	static final String REAL = "ladakh.crafts.marketplace.orders.MongoOrderPayments";

	@Bean
	@ConditionalOnMissingClass(StandInOrderPayments.REAL)
	OrderPayments standInOrderPayments(ReactiveMongoTemplate mongo) {
		return new OrderPayments() {

			@Override
			public Mono<PaymentOutcome> recordPayment(PaymentRecord payment) {
				return mongo.findById(payment.orderId(), Document.class, "orders").flatMap((order) -> {
					if ("PAID".equals(order.getString("status"))) {
						return Mono.just(PaymentOutcome.ALREADY_PAID);
					}
					if (!"AWAITING_PAYMENT".equals(order.getString("status"))) {
						return Mono.just(PaymentOutcome.NOT_PAYABLE);
					}
					boolean matches = order.get("totalMinor", Number.class).longValue() == payment.amountMinor()
							&& order.getString("currency").equals(payment.currency());
					Update update = matches
							? new Update().set("status", "PAID")
								.set("payment",
										new Document("reference", payment.reference())
											.append("amountMinor", payment.amountMinor())
											.append("currency", payment.currency())
											.append("source", payment.source())
											.append("recordedBy", payment.recordedBy())
											.append("at", Instant.now()))
							: new Update().set("status", "PAYMENT_FLAGGED")
								.set("flag", new Document("reason", "amount or currency mismatch").append("at",
										Instant.now()));
					return mongo
						.updateFirst(Query
							.query(Criteria.where("_id").is(payment.orderId()).and("status").is("AWAITING_PAYMENT")),
								update, "orders")
						.map((result) -> (result.getModifiedCount() == 0) ? PaymentOutcome.ALREADY_PAID
								: matches ? PaymentOutcome.PAID : PaymentOutcome.FLAGGED);
				}).defaultIfEmpty(PaymentOutcome.NOT_FOUND);
			}

			@Override
			public Mono<Void> flag(String orderId, String reason) {
				return mongo
					.updateFirst(Query.query(Criteria.where("_id").is(orderId).and("status").is("AWAITING_PAYMENT")),
							new Update().set("status", "PAYMENT_FLAGGED").set("flag", new Document("reason", reason)),
							"orders")
					.then();
			}

		};
	}

}
