package ladakh.crafts.marketplace.payments.stripe;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Stripe's events as received ({@code payment_events}, the event id as {@code _id}, so
 * each is recorded once): {@code PROCESSING} under a lease while it is handled, then its
 * outcome.
 */
@Repository
class PaymentEventRepository {

	static final String COLLECTION = "payment_events";

	static final String PROCESSING = "PROCESSING";

	private final ReactiveMongoTemplate mongo;

	PaymentEventRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Records a delivery, PROCESSING with a lease from now.
	 * @return true for the first delivery of this event, false when it was recorded
	 * before
	 */
	Mono<Boolean> begin(String eventId, String type, String orderId, Instant now) {
		Document record = new Document("_id", eventId).append("type", type)
			.append("orderId", orderId)
			.append("receivedAt", now)
			.append("leasedAt", now)
			.append("outcome", PROCESSING);
		return this.mongo.insert(record, COLLECTION)
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(false));
	}

	/**
	 * Takes over an event left PROCESSING whose lease ran out before {@code expired}, by
	 * one conditional update (of two redeliveries, one wins).
	 * @return the old lease's start, or empty when not taken
	 */
	Mono<Object> takeOver(String eventId, Instant expired, Instant now) {
		Date before = Date.from(expired);
		Query stale = Query.query(Criteria.where("_id")
			.is(eventId)
			.and("outcome")
			.is(PROCESSING)
			.orOperator(Criteria.where("leasedAt").lt(before),
					Criteria.where("leasedAt").exists(false).and("receivedAt").lt(before)));
		Update takeOver = new Update().set("leasedAt", now).inc("takeovers", 1);
		return this.mongo.findAndModify(stale, takeOver, Document.class, COLLECTION)
			.map((taken) -> taken.get("leasedAt", taken.get("receivedAt")));
	}

	/** The recorded outcome (PROCESSING while handled), or empty when forgotten. */
	Mono<String> outcome(String eventId) {
		return this.mongo.findById(eventId, Document.class, COLLECTION).map((stored) -> stored.getString("outcome"));
	}

	Mono<Void> finish(String eventId, String outcome) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(eventId)), Update.update("outcome", outcome), COLLECTION)
			.then();
	}

	/** Forgets a delivery that failed, so the next one is handled from the start. */
	Mono<Void> forget(String eventId) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(eventId)), COLLECTION).then();
	}

}
