package ladakh.crafts.marketplace.bridges;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.orders.OrderPayments;
import ladakh.crafts.marketplace.orders.PaymentRecord;
import ladakh.crafts.marketplace.payments.stripe.OrderPaymentDoor;

import org.springframework.stereotype.Component;

/**
 * Hands Stripe's confirmed payments to the orders area. It lives outside both areas
 * because {@code orders} uses the payment port and the Stripe webhook needs
 * {@code OrderPayments}: here neither area depends on the other in both directions.
 */
@Component
class StripeOrderPayments implements OrderPaymentDoor {

	private final OrderPayments orders;

	StripeOrderPayments(OrderPayments orders) {
		this.orders = orders;
	}

	@Override
	public Mono<String> recordPayment(String orderId, long amountMinor, String currency, String reference) {
		return this.orders
			.recordPayment(new PaymentRecord(orderId, amountMinor, currency, reference, "STRIPE", "system"))
			.map(Enum::name);
	}

	@Override
	public Mono<Void> flag(String orderId, String reason) {
		return this.orders.flag(orderId, reason);
	}

}
