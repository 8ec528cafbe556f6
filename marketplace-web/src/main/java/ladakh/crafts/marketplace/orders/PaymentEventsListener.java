package ladakh.crafts.marketplace.orders;

import ladakh.crafts.marketplace.payments.PaymentSubjects;
import ladakh.crafts.marketplace.payments.PaymentSucceeded;
import ladakh.crafts.marketplace.payments.PaymentUnmatched;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The orders area's side of the payments area's events: a gateway payment is recorded
 * against its order ({@link OrderPayments}), an unmatched one flags the order. The work
 * is handed back to the event, so the gateway's delivery is acknowledged only once the
 * order is marked.
 */
@Component
class PaymentEventsListener {

	private final OrderPayments payments;

	PaymentEventsListener(OrderPayments payments) {
		this.payments = payments;
	}

	@EventListener
	void succeeded(PaymentSucceeded event) {
		if (!PaymentSubjects.isOrder(event.orderId())) {
			return; // a stall fee: the exhibitions area's
		}
		event.handling()
			.handledBy(this.payments
				.recordPayment(new PaymentRecord(event.orderId(), event.amount(), event.reference(), event.gateway(),
						"system"))
				.map(Enum::name));
	}

	@EventListener
	void unmatched(PaymentUnmatched event) {
		if (!PaymentSubjects.isOrder(event.orderId())) {
			return;
		}
		event.handling()
			.handledBy(this.payments.flag(event.orderId(), event.reason()).thenReturn(PaymentOutcome.FLAGGED.name()));
	}

}
