package ladakh.crafts.marketplace.reviews;

import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Each listing's rating summary ({@code review_summaries}, one document per listing keyed
 * by its id): how many reviews are shown and the sum of their stars, changed only by
 * {@code $inc} so concurrent reviews never lose a count (decision 47).
 */
@Repository
class RatingSummaryRepository {

	static final String COLLECTION = "review_summaries";

	private final ReactiveMongoTemplate mongo;

	RatingSummaryRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Counts a new shown review. */
	Mono<Void> add(String listingId, int stars) {
		// Two first reviews of a listing may both try to create its summary: the one that
		// loses on the _id finds it made and increments it.
		return summaries()
			.flatMap((summaries) -> Mono.from(summaries.updateOne(Filters.eq("_id", listingId),
					Updates.combine(Updates.inc("count", 1), Updates.inc("sum", stars)),
					new UpdateOptions().upsert(true))))
			.retryWhen(Retry.max(3).filter(RatingSummaryRepository::duplicate))
			.then();
	}

	/** Takes a hidden review out. */
	Mono<Void> remove(String listingId, int stars) {
		return summaries().flatMap((summaries) -> Mono.from(summaries.updateOne(Filters.eq("_id", listingId),
				Updates.combine(Updates.inc("count", -1), Updates.inc("sum", -stars)))))
			.then();
	}

	Mono<Rating> find(String listingId) {
		return summaries().flatMap((summaries) -> Mono.from(summaries.find(Filters.eq("_id", listingId)).first()))
			.map((stored) -> new Rating(number(stored.get("count")), number(stored.get("sum"))))
			.defaultIfEmpty(Rating.NONE);
	}

	private Mono<MongoCollection<Document>> summaries() {
		return this.mongo.getCollection(COLLECTION);
	}

	private static long number(Object stored) {
		return (stored instanceof Number number) ? number.longValue() : 0;
	}

	private static boolean duplicate(Throwable ex) {
		return ex instanceof DuplicateKeyException || ex instanceof org.springframework.dao.DuplicateKeyException
				|| (ex instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
	}

}
