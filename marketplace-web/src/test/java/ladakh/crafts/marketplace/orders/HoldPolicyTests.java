package ladakh.crafts.marketplace.orders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each way of paying holds the pieces long enough to pay that way: the counter until it
 * closes on the next working day, a transfer for its hours.
 */
class HoldPolicyTests {

	private static final OrdersProperties DEFAULTS = new OrdersProperties(Duration.ofMinutes(15), Duration.ofMinutes(1),
			Duration.ofSeconds(20), 5, Duration.ofMinutes(35), 3, 20, 20, Duration.ofHours(48), LocalTime.of(16, 0),
			List.of());

	/** Saturday 12 December 2026, 15:59 in India. */
	private static final Instant SATURDAY_1559_IST = Instant.parse("2026-12-12T10:29:00Z");

	@Test
	void aCounterOrderPlacedOnSaturdayAfternoonIsStillHeldOnMondayAfternoon() {
		Order order = awaiting(PaymentMethod.COUNTER, SATURDAY_1559_IST);
		Instant monday1559 = Instant.parse("2026-12-14T10:29:00Z");
		assertThat(order.reservedUntil()).isEqualTo(Instant.parse("2026-12-14T10:30:00Z")); // Monday
																							// 16:00
																							// IST
		assertThat(order.holdEnded(monday1559)).isFalse();
		assertThat(order.holdEnded(Instant.parse("2026-12-14T10:31:00Z"))).isTrue();
	}

	@Test
	void theCounterIsClosedOnItsHolidays() {
		OrdersProperties holiday = new OrdersProperties(Duration.ofMinutes(15), Duration.ofMinutes(1),
				Duration.ofSeconds(20), 5, Duration.ofMinutes(35), 3, 20, 20, Duration.ofHours(48), LocalTime.of(16, 0),
				List.of(LocalDate.of(2026, 12, 14)));
		assertThat(HoldPolicy.until(PaymentMethod.COUNTER, SATURDAY_1559_IST, holiday))
			.isEqualTo(Instant.parse("2026-12-15T10:30:00Z")); // Tuesday 16:00 IST
		// A weekday order is held until closing time the next day, not the same day.
		assertThat(HoldPolicy.until(PaymentMethod.COUNTER, Instant.parse("2026-12-15T04:30:00Z"), DEFAULTS))
			.isEqualTo(Instant.parse("2026-12-16T10:30:00Z"));
	}

	@Test
	void aBankTransferOrUpiOrderExpiresAfterItsHours() {
		for (PaymentMethod method : List.of(PaymentMethod.BANK_TRANSFER, PaymentMethod.UPI)) {
			Order order = awaiting(method, SATURDAY_1559_IST);
			assertThat(order.holdEnded(SATURDAY_1559_IST.plus(Duration.ofHours(47)))).isFalse();
			assertThat(order.holdEnded(SATURDAY_1559_IST.plus(Duration.ofHours(48)).plusSeconds(1))).isTrue();
			assertThat(order.expire(SATURDAY_1559_IST.plus(Duration.ofHours(49))).status())
				.isEqualTo(OrderStatus.EXPIRED);
		}
	}

	@Test
	void aCardOrderIsHeldAsLongAsItsPaymentPage() {
		assertThat(HoldPolicy.until(PaymentMethod.CARD, SATURDAY_1559_IST, DEFAULTS))
			.isEqualTo(SATURDAY_1559_IST.plus(Duration.ofMinutes(35)));
	}

	private static Order awaiting(PaymentMethod method, Instant placedAt) {
		CheckoutRequest request = OrderFixtures.request("usr-b", "k", method);
		return Order
			.placing("ord-1", "LC-2026-000001", request, "OFFLINE", Money.rupees(1000), List.of("ord-1-1"),
					List.of(new Order.Reservation("ord-1:1", "ord-1-1", "lst-1", 1)), "usr-b:k", placedAt)
			.awaitPayment(HoldPolicy.until(method, placedAt, DEFAULTS), null, placedAt);
	}

}
