package ladakh.crafts.marketplace.payments.stripe;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads an order for the return page and the retry, by the documented fields of the
 * orders area's {@code orders} collection. Read only: every change to an order goes
 * through {@code orders.OrderPayments}.
 */
@Component
public class PayableOrders {

	private final ReactiveMongoTemplate mongo;

	PayableOrders(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The order if it is this buyer's; empty otherwise (so another buyer gets 404). */
	public Mono<PayableOrder> ofBuyer(String orderId, String buyerId) {
		if (orderId == null || buyerId == null) {
			return Mono.empty();
		}
		return this.mongo
			.findOne(Query.query(Criteria.where("_id").is(orderId).and("buyerId").is(buyerId)), Document.class,
					"orders")
			.map(PayableOrders::order);
	}

	private static PayableOrder order(Document stored) {
		Document contact = stored.get("contact", Document.class);
		Number total = stored.get("totalMinor", Number.class);
		return new PayableOrder(stored.getString("_id"), stored.getString("number"), stored.getString("buyerId"),
				stored.getString("status"), (total != null) ? total.longValue() : 0L, stored.getString("currency"),
				stored.getString("paymentMethod"), (contact != null) ? contact.getString("email") : null);
	}

}
