package ladakh.crafts.marketplace.notifications;

import java.time.Clock;
import java.util.Date;

import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The {@code notification_outbox}: one document per fact and recipient, keyed so that a
 * retried step or a duplicate event queues the message once. The {@link OutboxDispatcher}
 * sends what is pending.
 */
@Service
public class Outbox {

	public static final String COLLECTION = "notification_outbox";

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	Outbox(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Queues a message unless one with this key is already queued.
	 * @param key a key per fact, e.g. {@code order-paid:<orderId>:buyer}
	 * @return true when it was queued now, false when it was already there
	 */
	public Mono<Boolean> enqueue(String key, String to, String subject, String body, String locale) {
		Date now = Date.from(this.clock.instant());
		Document message = new Document("_id", key).append("to", to)
			.append("subject", subject)
			.append("body", body)
			.append("locale", locale)
			.append("status", "PENDING")
			.append("attempts", 0)
			.append("nextAttemptAt", now)
			.append("createdAt", now);
		return this.mongo.insert(message, COLLECTION)
			.thenReturn(true)
			.onErrorResume(Outbox::duplicate, (ex) -> Mono.just(false));
	}

	private static boolean duplicate(Throwable ex) {
		return ex instanceof DuplicateKeyException || ex instanceof org.springframework.dao.DuplicateKeyException
				|| (ex instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
	}

}
