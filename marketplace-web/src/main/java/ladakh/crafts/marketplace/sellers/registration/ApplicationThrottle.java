package ladakh.crafts.marketplace.sellers.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Counts the public form's complete applications per client address in fixed windows, in
 * {@code application_attempts}: one document per address and window, {@code {_id:
 * "<address>@<window start, epoch seconds>", address, windowStart, count, expiresAt}},
 * raised by one atomic upsert, so instances share the count. Fixed windows let an address
 * send up to twice the limit across a window's edge; that is still a small, known bound
 * on photo decodes. Old windows are removed by the TTL index on {@code expiresAt}
 * ({@link RegistrationIndexes}).
 */
@Component
class ApplicationThrottle {

	static final String COLLECTION = "application_attempts";

	private final ReactiveMongoTemplate mongo;

	private final RegistrationProperties properties;

	private final Clock clock;

	ApplicationThrottle(ReactiveMongoTemplate mongo, RegistrationProperties properties, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts one application from the address.
	 * @param address the client address, or null when unknown (all such share a count)
	 * @return zero when it may go ahead; otherwise how long until the address may apply
	 * again
	 */
	Mono<Duration> admit(String address) {
		Instant now = this.clock.instant();
		long window = this.properties.applicationWindow().toSeconds();
		Instant windowStart = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), window) * window);
		Instant windowEnd = windowStart.plusSeconds(window);
		String key = ((address != null) ? address : "unknown") + "@" + windowStart.getEpochSecond();
		Update count = new Update().inc("count", 1)
			.setOnInsert("address", (address != null) ? address : "unknown")
			.setOnInsert("windowStart", Date.from(windowStart))
			.setOnInsert("expiresAt", Date.from(windowEnd));
		Mono<Document> counted = this.mongo.findAndModify(Query.query(Criteria.where("_id").is(key)), count,
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
		// Two first requests of a window may race to insert; the loser counts again.
		return counted.onErrorResume(DuplicateKeyException.class, (ex) -> counted)
			.map((document) -> (((Number) document.get("count")).intValue() > this.properties.applicationsPerAddress())
					? Duration.between(now, windowEnd) : Duration.ZERO);
	}

}
