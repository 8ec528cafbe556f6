package ladakh.crafts.marketplace.sellers.registration;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of artisan registration that the department may change.
 *
 * @param validity how long a registration is valid from approval (default 5 years)
 * @param reapplyWait how long someone who failed the practical test waits before applying
 * again (default 90 days)
 */
@ConfigurationProperties("marketplace.registration")
public record RegistrationProperties(@DefaultValue("P5Y") Period validity, @DefaultValue("P90D") Period reapplyWait) {

	public RegistrationProperties {
		if (validity.isNegative() || validity.isZero()) {
			throw new IllegalArgumentException("marketplace.registration.validity must be positive");
		}
		if (reapplyWait.isNegative()) {
			throw new IllegalArgumentException("marketplace.registration.reapply-wait must not be negative");
		}
	}

}
