package ladakh.crafts.marketplace.sellers.registration;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The public form's application counts, {@code application_attempts}: one document per
 * address and window, {@code {_id: "<address>@<window start, epoch seconds>", address,
 * windowStart, count, expiresAt}}, raised by one atomic upsert so instances share the
 * count. Old windows are removed by the TTL index on {@code expiresAt}.
 */
@Repository
class ApplicationAttemptRepository {

	static final String COLLECTION = "application_attempts";

	private final ReactiveMongoTemplate mongo;

	ApplicationAttemptRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Counts one more attempt from the address in the window.
	 * @return the window's count after this one
	 */
	Mono<Integer> countOne(String address, Instant windowStart, Instant windowEnd) {
		String key = address + "@" + windowStart.getEpochSecond();
		Update count = new Update().inc("count", 1)
			.setOnInsert("address", address)
			.setOnInsert("windowStart", Date.from(windowStart))
			.setOnInsert("expiresAt", Date.from(windowEnd));
		Mono<Document> counted = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(key)), count,
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
		// Two first requests of a window may race to insert; the loser counts again.
		return counted.onErrorResume(DuplicateKeyException.class, (ex) -> counted)
			.map((document) -> ((Number) document.get("count")).intValue());
	}

	Mono<Void> createIndexes() {
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((collection) -> collection.createIndexes(List.of(new IndexModel(Indexes.ascending("expiresAt"),
					new IndexOptions().name("expiresAt_ttl").expireAfter(0L, TimeUnit.SECONDS)))))
			.then();
	}

}
