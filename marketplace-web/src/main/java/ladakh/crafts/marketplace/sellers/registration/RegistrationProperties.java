package ladakh.crafts.marketplace.sellers.registration;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of artisan registration that the department may change.
 *
 * @param validity how long a registration is valid from approval (default 5 years)
 * @param reapplyWait how long someone who failed the practical test waits before applying
 * again (default 90 days)
 * @param applicationsPerAddress how many complete applications the public form takes from
 * one client address per {@code applicationWindow} (default 5): each one costs a photo
 * decode. Officers entering applications are not counted.
 * @param applicationWindow the window of that count (default an hour)
 */
@ConfigurationProperties("marketplace.registration")
public record RegistrationProperties(@DefaultValue("P5Y") Period validity, @DefaultValue("P90D") Period reapplyWait,
		@DefaultValue("5") int applicationsPerAddress, @DefaultValue("1h") Duration applicationWindow) {

	public RegistrationProperties {
		if (validity.isNegative() || validity.isZero()) {
			throw new IllegalArgumentException("marketplace.registration.validity must be positive");
		}
		if (reapplyWait.isNegative()) {
			throw new IllegalArgumentException("marketplace.registration.reapply-wait must not be negative");
		}
		if (applicationsPerAddress < 1) {
			throw new IllegalArgumentException("marketplace.registration.applications-per-address must be at least 1");
		}
		if (applicationWindow.compareTo(Duration.ofMinutes(1)) < 0) {
			throw new IllegalArgumentException("marketplace.registration.application-window must be a minute or more");
		}
	}

}
