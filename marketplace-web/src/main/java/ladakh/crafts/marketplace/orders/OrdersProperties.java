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
 * @param maxOpenUnpaidOrders the most unpaid orders one buyer may hold at once (each
 * reserves stock)
 * @param maxReservedPieces the most pieces one buyer's unpaid orders may reserve at once
 * @param checkoutAttemptsPerHour the most checkout attempts per account, and per client
 * address, in an hour
 */
@ConfigurationProperties("marketplace.orders")
public record OrdersProperties(@DefaultValue("15m") Duration reservationTtl,
		@DefaultValue("1m") Duration placingTimeout, @DefaultValue("20s") Duration sweepInterval,
		@DefaultValue("5") int madeToOrderCap, @DefaultValue("3") int maxOpenUnpaidOrders,
		@DefaultValue("20") int maxReservedPieces, @DefaultValue("20") int checkoutAttemptsPerHour) {

	public OrdersProperties {
		if (reservationTtl.isNegative() || reservationTtl.isZero()) {
			throw new IllegalArgumentException("marketplace.orders.reservation-ttl must be positive");
		}
		if (madeToOrderCap < 1) {
			throw new IllegalArgumentException("marketplace.orders.made-to-order-cap must be at least 1");
		}
		if (maxOpenUnpaidOrders < 1 || maxReservedPieces < 1 || checkoutAttemptsPerHour < 1) {
			throw new IllegalArgumentException("marketplace.orders.max-open-unpaid-orders, max-reserved-pieces and "
					+ "checkout-attempts-per-hour must be at least 1");
		}
	}

}
