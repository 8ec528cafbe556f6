package ladakh.crafts.marketplace.orders;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code marketplace.orders.*}.
 *
 * @param reservationTtl how long an unpaid order holds its stock
 * @param placingTimeout how old a checkout still PLACING must be before the sweeper
 * undoes it (a checkout that crashed half way)
 * @param sweepInterval how often the sweeper runs (0 or negative: never, for tests that
 * drive it themselves)
 * @param madeToOrderCap the most pieces of a made-to-order listing in one cart line
 */
@ConfigurationProperties("marketplace.orders")
public record OrdersProperties(@DefaultValue("15m") Duration reservationTtl,
		@DefaultValue("1m") Duration placingTimeout, @DefaultValue("20s") Duration sweepInterval,
		@DefaultValue("5") int madeToOrderCap) {

	public OrdersProperties {
		if (reservationTtl.isNegative() || reservationTtl.isZero()) {
			throw new IllegalArgumentException("marketplace.orders.reservation-ttl must be positive");
		}
		if (madeToOrderCap < 1) {
			throw new IllegalArgumentException("marketplace.orders.made-to-order-cap must be at least 1");
		}
	}

}
