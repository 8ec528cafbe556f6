package ladakh.crafts.marketplace.bridges;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.orders.OrderPayments;
import ladakh.crafts.marketplace.orders.PaymentHolds;
import ladakh.crafts.marketplace.orders.PaymentOutcome;
import ladakh.crafts.marketplace.orders.PaymentRecord;
import ladakh.crafts.marketplace.payments.stripe.OrderPaymentDoor;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

import org.springframework.stereotype.Component;

/**
 * Hands Stripe's confirmed payments to the orders area. It lives outside both areas
 * because {@code orders} uses the payment port and the Stripe webhook needs
 * {@code OrderPayments}: here neither area depends on the other in both directions.
 */
@Component
class StripeOrderPayments implements OrderPaymentDoor {

	private final OrderPayments orders;

	private final PaymentHolds holds;

	StripeOrderPayments(OrderPayments orders, PaymentHolds holds) {
		this.orders = orders;
		this.holds = holds;
	}

	@Override
	public Mono<String> recordPayment(String orderId, long amountMinor, String currency, String reference) {
		Money amount;
		try {
			amount = Money.of(amountMinor, currency);
		}
		catch (Refusal ex) {
			// Money in a currency the order is not priced in does not match it.
			return this.orders
				.flag(orderId,
						"Payment " + reference + " of " + amountMinor + " " + currency
								+ " is not in the order's currency")
				.thenReturn(PaymentOutcome.FLAGGED.name());
		}
		return this.orders.recordPayment(new PaymentRecord(orderId, amount, reference, "STRIPE", "system"))
			.map(Enum::name);
	}

	@Override
	public Mono<Instant> holdFor(String orderId, Duration leadTime) {
		return this.holds.holdFor(orderId, leadTime);
	}

	@Override
	public Mono<Void> flag(String orderId, String reason) {
		return this.orders.flag(orderId, reason);
	}

}
