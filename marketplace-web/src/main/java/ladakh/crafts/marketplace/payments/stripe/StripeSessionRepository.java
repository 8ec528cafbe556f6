package ladakh.crafts.marketplace.payments.stripe;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code stripe_sessions} collection: one document per order, moved on by conditional
 * updates only, so a late webhook never takes a completed session back.
 */
@Component
public class StripeSessionRepository {

	static final String COLLECTION = "stripe_sessions";

	private final ReactiveMongoTemplate mongo;

	StripeSessionRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Mono<StripeSession> find(String orderId) {
		return this.mongo.findById(orderId, Document.class, COLLECTION).map(StripeSessionRepository::session);
	}

	/**
	 * Records that an attempt is being made (before Stripe is called), with the expiry
	 * its parameters carry.
	 */
	Mono<Void> begin(String orderId, int attempt, Instant expiresAt) {
		Instant now = Instant.now();
		Query notCompleted = Query.query(Criteria.where("_id").is(orderId).and("status").ne(StripeSession.COMPLETED));
		Update update = new Update().set("attempt", attempt)
			.set("idempotencyKey", StripeSession.key(orderId, attempt))
			.set("expiresAt", Date.from(expiresAt))
			.set("status", StripeSession.STARTING)
			.set("updatedAt", now)
			.setOnInsert("createdAt", now);
		return this.mongo.upsert(notCompleted, update, COLLECTION).then();
	}

	Mono<Void> opened(String orderId, int attempt, String sessionId, String url) {
		return this.mongo.updateFirst(
				Query.query(Criteria.where("_id")
					.is(orderId)
					.and("attempt")
					.is(attempt)
					.and("status")
					.in(StripeSession.STARTING, StripeSession.START_FAILED)),
				new Update().set("status", StripeSession.OPEN)
					.set("sessionId", sessionId)
					.set("sessionUrl", url)
					.set("updatedAt", Instant.now())
					.unset("failure"),
				COLLECTION)
			.then();
	}

	Mono<Void> startFailed(String orderId, int attempt, String reason) {
		return this.mongo.updateFirst(Query.query(
				Criteria.where("_id").is(orderId).and("attempt").is(attempt).and("status").is(StripeSession.STARTING)),
				new Update().set("status", StripeSession.START_FAILED)
					.set("failure", reason)
					.set("updatedAt", Instant.now()),
				COLLECTION)
			.then();
	}

	/** Paid: final. */
	Mono<Void> completed(String orderId, String paymentIntentId) {
		Update update = new Update().set("status", StripeSession.COMPLETED).set("updatedAt", Instant.now());
		if (paymentIntentId != null) {
			update.set("paymentIntentId", paymentIntentId);
		}
		return this.mongo.updateFirst(Query.query(Criteria.where("_id").is(orderId)), update, COLLECTION).then();
	}

	/**
	 * Only an open session expires; a completed one stays completed. Also what this
	 * adapter records after expiring a session itself.
	 */
	Mono<Void> expired(String orderId, String sessionId) {
		return moveFrom(orderId, sessionId, List.of(StripeSession.OPEN, StripeSession.PAYMENT_FAILED),
				StripeSession.EXPIRED);
	}

	/** A declined card: the hosted page stays open for another try. */
	Mono<Void> paymentFailed(String orderId) {
		return moveFrom(orderId, null, List.of(StripeSession.OPEN), StripeSession.PAYMENT_FAILED);
	}

	private Mono<Void> moveFrom(String orderId, String sessionId, List<String> from, String to) {
		Criteria criteria = Criteria.where("_id").is(orderId).and("status").in(from);
		if (sessionId != null) {
			criteria = criteria.and("sessionId").is(sessionId);
		}
		return this.mongo
			.updateFirst(Query.query(criteria), new Update().set("status", to).set("updatedAt", Instant.now()),
					COLLECTION)
			.then();
	}

	private static StripeSession session(Document stored) {
		Number attempt = stored.get("attempt", Number.class);
		Date expiresAt = stored.getDate("expiresAt");
		return new StripeSession(stored.getString("_id"), (attempt != null) ? attempt.intValue() : 1,
				stored.getString("status"), stored.getString("sessionId"), stored.getString("sessionUrl"),
				stored.getString("paymentIntentId"), (expiresAt != null) ? expiresAt.toInstant() : null);
	}

}
