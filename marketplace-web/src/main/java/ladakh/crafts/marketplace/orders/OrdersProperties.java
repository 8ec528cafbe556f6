package ladakh.crafts.marketplace.orders;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

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
 * @param cardHold how long an unpaid card order holds its stock: as long as the card
 * gateway's payment page stays open (Stripe opens a Checkout Session for 30 minutes at
 * least, so at least 32 minutes; at most 23 hours, below Stripe's 24). A retry that would
 * leave less than the gateway's lead time extends the hold to this once more, while the
 * order is younger than it: a card order holds stock for two card holds at most
 * @param maxOpenUnpaidOrders the most unpaid orders one buyer may hold at once (each
 * reserves stock)
 * @param maxReservedPieces the most pieces one buyer's unpaid orders may reserve at once
 * @param checkoutAttemptsPerHour the most checkout attempts per account, and per client
 * address, in an hour
 * @param transferHold how long an order paid by bank transfer or UPI holds its stock
 * @param counterCloses when the department's payment counter closes (India time); an
 * order paid at the counter holds its stock until then on the next working day
 * @param counterHolidays days the counter is closed besides Sundays (public holidays)
 */
@ConfigurationProperties("marketplace.orders")
public record OrdersProperties(@DefaultValue("15m") Duration reservationTtl,
		@DefaultValue("1m") Duration placingTimeout, @DefaultValue("20s") Duration sweepInterval,
		@DefaultValue("5") int madeToOrderCap, @DefaultValue("35m") Duration cardHold,
		@DefaultValue("3") int maxOpenUnpaidOrders, @DefaultValue("20") int maxReservedPieces,
		@DefaultValue("20") int checkoutAttemptsPerHour, @DefaultValue("48h") Duration transferHold,
		@DefaultValue("16:00") LocalTime counterCloses, @DefaultValue List<LocalDate> counterHolidays) {

	/** Stripe's shortest Checkout Session (30 minutes) and a margin. */
	static final Duration SHORTEST_CARD_HOLD = Duration.ofMinutes(32);

	public OrdersProperties {
		if (reservationTtl.isNegative() || reservationTtl.isZero()) {
			throw new IllegalArgumentException("marketplace.orders.reservation-ttl must be positive");
		}
		if (transferHold.isNegative() || transferHold.isZero()) {
			throw new IllegalArgumentException("marketplace.orders.transfer-hold must be positive");
		}
		counterHolidays = (counterHolidays != null) ? List.copyOf(counterHolidays) : List.of();
		if (cardHold.compareTo(SHORTEST_CARD_HOLD) < 0 || cardHold.compareTo(Duration.ofHours(23)) > 0) {
			throw new IllegalArgumentException("marketplace.orders.card-hold must be between 32 minutes and 23 hours");
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
