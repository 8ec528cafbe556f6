package ladakh.crafts.marketplace.accounts;

import java.time.Clock;
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
 * Counts failed logins per login and per client address in {@code login_attempts}, one
 * document per key: {@code {_id: "login:<login>" | "address:<ip>", failures, windowStart,
 * expireAt}}. Every change is a single-document atomic update, so instances share the
 * counts.
 * <p>
 * A key that reached its threshold waits until its window (which began at the first
 * counted failure) is over. Attempts refused while waiting are not counted and the
 * password is not even checked, so the wait never grows: an attacker can delay a person
 * by at most one window at a time, never lock them out for good. A successful login
 * clears the login's count (not the address's).
 */
@Component
class LoginThrottle {

	static final String COLLECTION = "login_attempts";

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	private final LoginThrottleProperties properties;

	LoginThrottle(ReactiveMongoTemplate mongo, Clock clock, LoginThrottleProperties properties) {
		this.mongo = mongo;
		this.clock = clock;
		this.properties = properties;
	}

	/** How long this login from this address must wait; zero when it may try now. */
	Mono<Duration> waitFor(String login, String address) {
		return waitFor(loginKey(login), this.properties.accountFailures()).zipWith(
				waitFor(addressKey(address), this.properties.addressFailures()),
				(a, b) -> (a.compareTo(b) >= 0) ? a : b);
	}

	/** One failure for the login (none when it is not known) and one for the address. */
	Mono<Void> failed(String login, String address) {
		Mono<Void> forLogin = (login != null) ? count(loginKey(login), 0) : Mono.empty();
		return forLogin.then(count(addressKey(address), 0));
	}

	Mono<Void> succeeded(String login) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(loginKey(login))), COLLECTION).then();
	}

	Mono<Void> createIndexes() {
		return this.mongo.getCollection(COLLECTION)
			.flatMap((collection) -> Mono
				.from(collection.createIndexes(List.of(new IndexModel(Indexes.ascending("expireAt"),
						new IndexOptions().name("expireAt_ttl").expireAfter(0L, TimeUnit.SECONDS))))))
			.then();
	}

	static String loginKey(String login) {
		return "login:" + LoginName.attemptKey(login);
	}

	static String addressKey(String address) {
		return "address:" + ((address != null) ? address : "unknown");
	}

	private Mono<Duration> waitFor(String key, int threshold) {
		Instant now = this.clock.instant();
		return this.mongo.findById(key, Document.class, COLLECTION).map((document) -> {
			Instant until = document.getDate("windowStart").toInstant().plus(this.properties.window());
			boolean over = ((Number) document.get("failures")).intValue() >= threshold;
			return (over && until.isAfter(now)) ? Duration.between(now, until) : Duration.ZERO;
		}).defaultIfEmpty(Duration.ZERO);
	}

	/**
	 * Adds one failure inside the current window, or starts a new window. Three
	 * conditional single-document steps; a lost race on the insert goes round once more.
	 */
	private Mono<Void> count(String key, int round) {
		Instant now = this.clock.instant();
		Date windowOpenAfter = Date.from(now.minus(this.properties.window()));
		Query inWindow = Query.query(Criteria.where("_id").is(key).and("windowStart").gt(windowOpenAfter));
		Query stale = Query.query(Criteria.where("_id").is(key).and("windowStart").lte(windowOpenAfter));
		Document fresh = new Document("_id", key).append("failures", 1)
			.append("windowStart", Date.from(now))
			.append("expireAt", Date.from(now.plus(this.properties.window())));
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
									(ex) -> (round < 3) ? count(key, round + 1) : Mono.empty()));
		});
	}

}
