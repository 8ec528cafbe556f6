package ladakh.crafts.marketplace.orders;

import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Checkout attempt counters ({@code checkout_attempts}, one document per key and hourly
 * window, removed by a TTL index once the window is over).
 */
@Repository
class CheckoutAttemptRepository {

	static final String COLLECTION = "checkout_attempts";

	private final ReactiveMongoTemplate mongo;

	CheckoutAttemptRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Counts one attempt under {@code id}, by one conditional upsert: only while the
	 * count is below {@code limit}, so parallel attempts cannot pass it together.
	 * @return false when the window's count is full
	 */
	Mono<Boolean> count(String id, int limit, Instant expires) {
		return this.mongo.getCollection(COLLECTION)
			.flatMap((attempts) -> Mono
				.from(attempts.updateOne(Filters.and(Filters.eq("_id", id), Filters.lt("n", limit)),
						Updates.combine(Updates.inc("n", 1), Updates.setOnInsert("expireAt", Date.from(expires))),
						new UpdateOptions().upsert(true))))
			.thenReturn(true)
			// The window's document exists but is full: the upsert's insert meets its id.
			.onErrorResume(CheckoutAttemptRepository::duplicate, (ex) -> Mono.just(false));
	}

	/** An hour's attempt counters go once their window is over. */
	Mono<Void> createIndexes() {
		return this.mongo.getCollection(COLLECTION)
			.flatMap((attempts) -> Mono.from(attempts.createIndex(Indexes.ascending("expireAt"),
					new IndexOptions().expireAfter(0L, TimeUnit.SECONDS))))
			.then();
	}

	static boolean duplicate(Throwable ex) {
		return ex instanceof DuplicateKeyException || ex instanceof com.mongodb.DuplicateKeyException
				|| (ex instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
	}

}
