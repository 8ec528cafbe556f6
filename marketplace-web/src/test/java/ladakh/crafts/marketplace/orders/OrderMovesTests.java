package ladakh.crafts.marketplace.orders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The order and its parts decide their moves (pure logic, no store): the moves the state
 * machines of docs/decisions/0022 allow, and a {@link Refusal} CONFLICT for any other.
 */
class OrderMovesTests {

	private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

	private static final Money TOTAL = Money.rupees(1_000);

	private static Order placing() {
		CheckoutRequest request = OrderFixtures.request("usr-b", "k", PaymentMethod.UPI);
		return Order.placing("ord-1", "LC-2026-000001", request, "OFFLINE", TOTAL, List.of("ord-1-1"),
				List.of(new Order.Reservation("ord-1:1", "ord-1-1", "lst-1", 1)), "usr-b:k", NOW);
	}

	private static Order awaiting() {
		return placing().awaitPayment(NOW.plus(Duration.ofMinutes(15)), null, NOW);
	}

	private static Order.Payment payment(Money amount) {
		return new Order.Payment("UTR1", amount, "STAFF", "usr-staff", NOW);
	}

	private static void refused(Runnable move, String key) {
		assertThatThrownBy(move::run).isInstanceOfSatisfying(Refusal.class, (refusal) -> {
			assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
			assertThat(refusal.messageKey()).isEqualTo(key);
		});
	}

	@Test
	void anAwaitingOrderIsPaidOnlyWithExactlyItsTotal() {
		Order paid = awaiting().markPaid(payment(TOTAL), NOW);

		assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
		assertThat(paid.payment().amount()).isEqualTo(TOTAL);
		refused(() -> awaiting().markPaid(payment(Money.rupees(999)), NOW), "order.error.transition");
		refused(() -> paid.markPaid(payment(TOTAL), NOW), "order.error.transition");
	}

	@Test
	void anOrderExpiresOnlyOnceItsHoldEndedUnpaid() {
		Order order = awaiting();

		refused(() -> order.expire(NOW), "order.error.transition");
		Order expired = order.expire(NOW.plus(Duration.ofMinutes(16)));
		assertThat(expired.status()).isEqualTo(OrderStatus.EXPIRED);
		assertThat(expired.stockReleased()).isFalse();
		assertThat(expired.stockGivenBack().stockReleased()).isTrue();
		refused(() -> expired.markPaid(payment(TOTAL), NOW), "order.error.transition");
		refused(() -> expired.flag("late", NOW), "order.error.transition");
	}

	@Test
	void onlyAPlacingOrderIsPlacedNotPlacedOrCancelledAsAbandoned() {
		assertThat(placing().notPlaced("lst-1", NOW).status()).isEqualTo(OrderStatus.NOT_PLACED);
		assertThat(placing().cancelPlacing(NOW).status()).isEqualTo(OrderStatus.CANCELLED);
		refused(() -> awaiting().awaitPayment(NOW, null, NOW), "order.error.transition");
		refused(() -> awaiting().cancelPlacing(NOW), "order.error.transition");
	}

	@Test
	void aPaidPartIsPackedShippedAndDeliveredInThatOrder() {
		OrderPart paid = part().follow(PartStatus.AWAITING_PAYMENT, NOW).follow(PartStatus.PAID, NOW);

		refused(() -> paid.ship("India Post", "EE1", NOW), "fulfilment.error.transition");
		refused(() -> paid.deliver(NOW), "fulfilment.error.transition");
		OrderPart delivered = paid.pack(NOW).ship("India Post", "EE1", NOW).deliver(NOW);
		assertThat(delivered.status()).isEqualTo(PartStatus.DELIVERED);
		assertThat(delivered.carrier()).isEqualTo("India Post");
		refused(() -> delivered.cancel("BUYER", "changed my mind", NOW), "fulfilment.error.cancel");
		refused(() -> delivered.pack(NOW), "fulfilment.error.transition");
	}

	@Test
	void aDeliveredPartIsTakenBackOnlyWithinTheReturnWindow() {
		OrderPart delivered = part().follow(PartStatus.AWAITING_PAYMENT, NOW)
			.follow(PartStatus.PAID, NOW)
			.pack(NOW)
			.ship("India Post", "EE1", NOW)
			.deliver(NOW);

		refused(() -> delivered.markReturned("damaged", Duration.ofDays(7), NOW.plus(Duration.ofDays(8))),
				"fulfilment.error.window");
		OrderPart returned = delivered.markReturned("damaged", Duration.ofDays(7), NOW.plus(Duration.ofDays(6)));
		assertThat(returned.status()).isEqualTo(PartStatus.RETURNED);
		assertThat(returned.refundStatus()).isEqualTo(OrderPart.REFUND_REQUESTED);
	}

	@Test
	void aPartFollowsItsOrderOnlyBeforePayment() {
		refused(() -> part().follow(PartStatus.PAID, NOW), "fulfilment.error.transition");
		OrderPart paid = part().follow(PartStatus.AWAITING_PAYMENT, NOW).follow(PartStatus.PAID, NOW);
		refused(() -> paid.follow(PartStatus.EXPIRED, NOW), "fulfilment.error.transition");
		assertThat(paid.cancel("SELLER", "cannot make it", NOW).status()).isEqualTo(PartStatus.CANCELLED);
	}

	@Test
	void aPartCancelledBeforeShippingRefundsItsShippingTooAndAReturnedOneItsPiecesOnly() {
		OrderPart paid = part(Money.rupees(80)).follow(PartStatus.AWAITING_PAYMENT, NOW).follow(PartStatus.PAID, NOW);
		assertThat(paid.total()).isEqualTo(Money.rupees(1_080));
		assertThat(paid.cancel("BUYER", "changed my mind", NOW).refundDue()).isEqualTo(Money.rupees(1_080));
		OrderPart delivered = paid.pack(NOW).ship("India Post", "EE1", NOW).deliver(NOW);
		assertThat(delivered.shipping()).as("kept through every move").isEqualTo(Money.rupees(80));
		assertThat(delivered.markReturned("torn", Duration.ofDays(7), NOW).refundDue()).isEqualTo(TOTAL);
	}

	@Test
	void aSellersFeeIsWaivedFromTheirFreeFromPriceOn() {
		ShippingRule rule = new ShippingRule("art-1", Money.rupees(80), Money.rupees(2_000), 2, 3, 8, true);
		assertThat(rule.feeFor(Money.rupees(1_999))).isEqualTo(Money.rupees(80));
		assertThat(rule.feeFor(Money.rupees(2_000))).isEqualTo(Money.ZERO);
	}

	private static OrderPart part() {
		return part(Money.ZERO);
	}

	private static OrderPart part(Money shipping) {
		return OrderPart.placing("ord-1-1", "ord-1", "LC-2026-000001", "usr-b", "art-1",
				List.of(new OrderPart.Line("lst-1", "Pashmina shawl", "PASHMINA", 1, TOTAL, TOTAL, false, null)),
				shipping, NOW);
	}

}
