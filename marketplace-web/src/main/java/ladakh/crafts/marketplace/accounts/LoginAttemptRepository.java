package ladakh.crafts.marketplace.accounts;

import java.time.Duration;
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
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Failed-login counts in {@code login_attempts}, one document per key: {@code {_id:
 * "login:<login>" | "address:<ip>", failures, windowStart, expireAt}}. Every change is a
 * single-document atomic update; the TTL index removes a window once it is over.
 */
@Component
class LoginAttemptRepository {

	static final String COLLECTION = "login_attempts";

	/** The failures counted for a key in its current window. */
	record Counted(int failures, Instant windowStart) {
	}

	private final ReactiveMongoTemplate mongo;

	LoginAttemptRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Counted> find(String key) {
		return this.mongo.findById(key, Document.class, COLLECTION)
			.map((document) -> new Counted(((Number) document.get("failures")).intValue(),
					document.getDate("windowStart").toInstant()));
	}

	/**
	 * Adds one failure inside the key's current window, or starts a new window now. Three
	 * conditional single-document steps; a lost race on the insert goes round once more.
	 */
	Mono<Void> count(String key, Instant now, Duration window) {
		return count(key, now, window, 0);
	}

	Mono<Void> clear(String key) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(key)), COLLECTION).then();
	}

	Mono<Void> createIndexes() {
		return this.mongo.getCollection(COLLECTION)
			.flatMap((collection) -> Mono
				.from(collection.createIndexes(List.of(new IndexModel(Indexes.ascending("expireAt"),
						new IndexOptions().name("expireAt_ttl").expireAfter(0L, TimeUnit.SECONDS))))))
			.then();
	}

	private Mono<Void> count(String key, Instant now, Duration window, int round) {
		Date windowOpenAfter = Date.from(now.minus(window));
		Query inWindow = Query.query(Criteria.where("_id").is(key).and("windowStart").gt(windowOpenAfter));
		Query stale = Query.query(Criteria.where("_id").is(key).and("windowStart").lte(windowOpenAfter));
		Document fresh = new Document("_id", key).append("failures", 1)
			.append("windowStart", Date.from(now))
			.append("expireAt", Date.from(now.plus(window)));
		return this.mongo.updateFirst(inWindow, new Update().inc("failures", 1), COLLECTION).flatMap((added) -> {
			if (added.getModifiedCount() == 1) {
				return Mono.<Void>empty();
			}
			return this.mongo
				.updateFirst(stale,
						new Update().set("failures", 1)
							.set("windowStart", fresh.get("windowStart"))
							.set("expireAt", fresh.get("expireAt")),
						COLLECTION)
				.flatMap((restarted) -> (restarted.getModifiedCount() == 1) ? Mono.<Void>empty()
						: this.mongo.insert(fresh, COLLECTION)
							.then()
							.onErrorResume(DuplicateKeyException.class,
									(ex) -> (round < 3) ? count(key, now, window, round + 1) : Mono.empty()));
		});
	}

}
