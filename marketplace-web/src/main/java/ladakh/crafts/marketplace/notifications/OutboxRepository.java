package ladakh.crafts.marketplace.notifications;

import java.time.Instant;
import java.util.Date;

import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code notification_outbox}: one document per fact and recipient, {@code {_id: key,
 * to, subject, body, locale, status: PENDING | SENT | FAILED, attempts, nextAttemptAt,
 * createdAt, sentAt, lastError}}. Every move is one conditional single-document update.
 */
@Component
class OutboxRepository {

	static final String COLLECTION = "notification_outbox";

	private final ReactiveMongoTemplate mongo;

	OutboxRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @return true when it was queued now, false when a message with its key was there
	 */
	Mono<Boolean> queue(QueuedMessage message, Instant now) {
		Document document = new Document("_id", message.key()).append("to", message.to())
			.append("subject", message.subject())
			.append("body", message.body())
			.append("locale", message.locale())
			.append("status", "PENDING")
			.append("attempts", 0)
			.append("nextAttemptAt", Date.from(now))
			.append("createdAt", Date.from(now));
		return this.mongo.insert(document, COLLECTION)
			.thenReturn(true)
			.onErrorResume(OutboxRepository::duplicate, (ex) -> Mono.just(false));
	}

	/** The sender's claim reads the due messages by (status, nextAttemptAt). */
	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new org.springframework.data.mongodb.core.index.Index()
				.on("status", org.springframework.data.domain.Sort.Direction.ASC)
				.on("nextAttemptAt", org.springframework.data.domain.Sort.Direction.ASC)
				.named("status_nextAttemptAt"))
			.then();
	}

	/**
	 * Claims one message due now: its next attempt moves to after the lease and its
	 * attempts go up by one, in one conditional update, so no other instance claims it in
	 * that lease.
	 */
	Mono<QueuedMessage> claimDue(Instant now, Instant leaseEnd) {
		Query due = Query.query(Criteria.where("status").is("PENDING").and("nextAttemptAt").lte(Date.from(now)));
		Update claim = new Update().set("nextAttemptAt", Date.from(leaseEnd)).inc("attempts", 1);
		return this.mongo
			.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION)
			.map((document) -> new QueuedMessage(document.getString("_id"), document.getString("to"),
					document.getString("subject"), document.getString("body"), document.getString("locale"),
					document.getInteger("attempts", 1)));
	}

	Mono<Void> markSent(String key, Instant at) {
		return stillPending(key, new Update().set("status", "SENT").set("sentAt", Date.from(at)));
	}

	Mono<Void> markFailed(String key, String error) {
		return stillPending(key, new Update().set("status", "FAILED").set("lastError", error));
	}

	Mono<Void> retryAt(String key, Instant next, String error) {
		return stillPending(key, new Update().set("nextAttemptAt", Date.from(next)).set("lastError", error));
	}

	private Mono<Void> stillPending(String key, Update update) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(key).and("status").is("PENDING")), update, COLLECTION)
			.then();
	}

	private static boolean duplicate(Throwable ex) {
		return ex instanceof DuplicateKeyException || ex instanceof org.springframework.dao.DuplicateKeyException
				|| (ex instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
	}

}
