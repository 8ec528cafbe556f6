package ladakh.crafts.marketplace.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code marketplace.notifications}: how often the outbox is swept, how long a claimed
 * message is held before another instance may retry it, how many tries before FAILED, and
 * the sender address.
 */
@ConfigurationProperties("marketplace.notifications")
record NotificationsProperties(@DefaultValue("5s") Duration interval, @DefaultValue("2m") Duration lease,
		@DefaultValue("5") int maxAttempts, @DefaultValue("orders@ladakhcrafts.in") String from,
		@DefaultValue("true") boolean dispatch) {

	NotificationsProperties {
		if (interval.isZero() || interval.isNegative() || lease.isZero() || lease.isNegative() || maxAttempts < 1) {
			throw new IllegalArgumentException("marketplace.notifications: interval and lease > 0, maxAttempts >= 1");
		}
	}

}
