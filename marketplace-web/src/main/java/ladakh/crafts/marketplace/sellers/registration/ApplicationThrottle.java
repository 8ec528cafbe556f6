package ladakh.crafts.marketplace.sellers.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Counts the public form's complete applications per client address in fixed windows
 * ({@link ApplicationAttemptRepository}), so instances share the count. Fixed windows let
 * an address send up to twice the limit across a window's edge; that is still a small,
 * known bound on photo decodes.
 */
@Component
class ApplicationThrottle {

	private final ApplicationAttemptRepository attempts;

	private final RegistrationProperties properties;

	private final Clock clock;

	ApplicationThrottle(ApplicationAttemptRepository attempts, RegistrationProperties properties, Clock clock) {
		this.attempts = attempts;
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
		return this.attempts.countOne((address != null) ? address : "unknown", windowStart, windowEnd)
			.map((count) -> (count > this.properties.applicationsPerAddress()) ? Duration.between(now, windowEnd)
					: Duration.ZERO);
	}

}
