package ladakh.crafts.marketplace.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

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

	private final CheckoutAttemptRepository attempts;

	private final OrdersProperties properties;

	private final Clock clock;

	CheckoutAttempts(CheckoutAttemptRepository attempts, OrdersProperties properties, Clock clock) {
		this.attempts = attempts;
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
		Instant expires = Instant.ofEpochSecond((window + 1) * 3600).plus(Duration.ofHours(1));
		return this.attempts.count(id, this.properties.checkoutAttemptsPerHour(), expires);
	}

}
