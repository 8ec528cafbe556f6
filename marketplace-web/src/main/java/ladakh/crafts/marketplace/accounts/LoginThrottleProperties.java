package ladakh.crafts.marketplace.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When failed logins make the next attempt wait.
 *
 * @param accountFailures failures of one login within the window after which that login
 * waits
 * @param addressFailures failures from one client address within the window after which
 * that address waits (higher: many people share an office or mobile network address)
 * @param window the window; a throttled login or address may try again once the window
 * that began with its first counted failure is over
 */
@ConfigurationProperties("marketplace.login-throttle")
record LoginThrottleProperties(@DefaultValue("5") int accountFailures, @DefaultValue("20") int addressFailures,
		@DefaultValue("15m") Duration window) {

	LoginThrottleProperties {
		if (accountFailures < 1 || addressFailures < 1) {
			throw new IllegalArgumentException("marketplace.login-throttle failure thresholds must be at least 1");
		}
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("marketplace.login-throttle.window must be positive");
		}
	}

}
