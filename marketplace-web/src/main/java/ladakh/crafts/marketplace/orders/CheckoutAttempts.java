package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Counts checkout attempts per account and per client address in hourly windows
 * ({@code checkout_attempts}, one counter document per window, expiring with it); past
 * {@code marketplace.orders.checkout-attempts-per-hour} the attempt is refused with
 * {@link CheckoutLimited} (429). Each count is one conditional upsert, so parallel
 * attempts cannot pass the limit together.
 */
@Service
public class CheckoutAttempts {

	static final String COLLECTION = "checkout_attempts";

	private final ReactiveMongoTemplate mongo;

	private final OrdersProperties properties;

	private final Clock clock;

	CheckoutAttempts(ReactiveMongoTemplate mongo, OrdersProperties properties, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts one attempt.
	 * @param buyerId the signed-in buyer
	 * @param address the client's address, or null when unknown (then only the account
	 * counts)
	 * @return empty when allowed; {@link CheckoutLimited} when over the limit
	 */
	public Mono<Void> attempt(String buyerId, String address) {
		long window = this.clock.instant().getEpochSecond() / 3600;
		Mono<Boolean> account = count("account:" + buyerId + ":" + window, window);
		Mono<Boolean> client = (address != null) ? count("address:" + address + ":" + window, window) : Mono.just(true);
		return account.zipWith(client)
			.flatMap((allowed) -> (allowed.getT1() && allowed.getT2()) ? Mono.<Void>empty()
					: Mono.error(new CheckoutLimited()));
	}

	private Mono<Boolean> count(String id, long window) {
		Date expires = Date.from(Instant.ofEpochSecond((window + 1) * 3600).plus(Duration.ofHours(1)));
		return this.mongo.getCollection(COLLECTION)
			.flatMap((attempts) -> Mono.from(attempts.updateOne(
					Filters.and(Filters.eq("_id", id), Filters.lt("n", this.properties.checkoutAttemptsPerHour())),
					Updates.combine(Updates.inc("n", 1), Updates.setOnInsert("expireAt", expires)),
					new UpdateOptions().upsert(true))))
			.thenReturn(true)
			// The window's document exists but is full: the upsert's insert meets its id.
			.onErrorResume(CheckoutAttempts::duplicate, (ex) -> Mono.just(false));
	}

	private static boolean duplicate(Throwable ex) {
		return ex instanceof DuplicateKeyException || ex instanceof com.mongodb.DuplicateKeyException
				|| (ex instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
	}

}
