package ladakh.crafts.marketplace.system.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browser sessions.
 *
 * @param timeout how long a session lives without a request (a staff working day by
 * default)
 */
@ConfigurationProperties("marketplace.sessions")
record SessionProperties(@DefaultValue("8h") Duration timeout) {

	SessionProperties {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("marketplace.sessions.timeout must be positive");
		}
	}

}
