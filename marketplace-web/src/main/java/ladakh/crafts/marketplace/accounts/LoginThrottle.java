package ladakh.crafts.marketplace.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Counts failed logins per login and per client address ({@link LoginAttemptRepository}
 * stores the counts, one atomic update each, so instances share them).
 * <p>
 * A key that reached its threshold waits until its window (which began at the first
 * counted failure) is over. Attempts refused while waiting are not counted and the
 * password is not even checked, so the wait never grows: an attacker can delay a person
 * by at most one window at a time, never lock them out for good. A successful login
 * clears the login's count (not the address's).
 */
@Component
class LoginThrottle {

	private final LoginAttemptRepository attempts;

	private final Clock clock;

	private final LoginThrottleProperties properties;

	LoginThrottle(LoginAttemptRepository attempts, Clock clock, LoginThrottleProperties properties) {
		this.attempts = attempts;
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
		Instant now = this.clock.instant();
		Mono<Void> forLogin = (login != null) ? this.attempts.count(loginKey(login), now, this.properties.window())
				: Mono.empty();
		return forLogin.then(this.attempts.count(addressKey(address), now, this.properties.window()));
	}

	Mono<Void> succeeded(String login) {
		return this.attempts.clear(loginKey(login));
	}

	static String loginKey(String login) {
		return "login:" + LoginName.attemptKey(login);
	}

	static String addressKey(String address) {
		return "address:" + ((address != null) ? address : "unknown");
	}

	private Mono<Duration> waitFor(String key, int threshold) {
		Instant now = this.clock.instant();
		return this.attempts.find(key).map((counted) -> {
			Instant until = counted.windowStart().plus(this.properties.window());
			boolean over = counted.failures() >= threshold;
			return (over && until.isAfter(now)) ? Duration.between(now, until) : Duration.ZERO;
		}).defaultIfEmpty(Duration.ZERO);
	}

}
