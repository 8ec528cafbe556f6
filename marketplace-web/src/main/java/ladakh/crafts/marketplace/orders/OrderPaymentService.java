package ladakh.crafts.marketplace.orders;

import java.time.Clock;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Records payments against orders: the order decides ({@link Order#markPaid} only while
 * payable and only with exactly its total; a mismatch {@link Order#flag flags} it for
 * staff), and the repository stores the move conditionally on the state it was read in,
 * so a payment and an expiry, or two deliveries of one payment, never both win. A gateway
 * payment the order can no longer take (it expired, was cancelled, or another payment
 * paid it) is given back ({@link ReturnedPayments}).
 */
@Service
class OrderPaymentService implements OrderPayments {

	/** Concurrent moves lost before the answer is given from the state reached. */
	private static final int ATTEMPTS = 5;

	private final OrderRepository orders;

	private final PaidOrders paid;

	private final ReturnedPayments returned;

	private final Clock clock;

	OrderPaymentService(OrderRepository orders, PaidOrders paid, ReturnedPayments returned, Clock clock) {
		this.orders = orders;
		this.paid = paid;
		this.returned = returned;
		this.clock = clock;
	}

	@Override
	public Mono<PaymentOutcome> recordPayment(PaymentRecord payment) {
		return this.orders.find(payment.orderId())
			.flatMap((order) -> record(order, payment, ATTEMPTS))
			.defaultIfEmpty(PaymentOutcome.NOT_FOUND);
	}

	private Mono<PaymentOutcome> record(Order order, PaymentRecord payment, int attempts) {
		if (order.status() == OrderStatus.PAID) {
			return samePayment(order, payment) || !this.returned.throughGateway(payment)
					? Mono.just(PaymentOutcome.ALREADY_PAID)
					: this.returned.giveBack(order, payment, PaymentOutcome.ALREADY_PAID.name());
		}
		if (!OrderStatus.PAYABLE.contains(order.status())) {
			return this.returned.throughGateway(payment)
					? this.returned.giveBack(order, payment, closed(order.status()))
					: Mono.just(PaymentOutcome.NOT_PAYABLE);
		}
		if (attempts == 0) {
			return Mono.just(PaymentOutcome.NOT_PAYABLE);
		}
		java.time.Instant now = this.clock.instant();
		if (!order.paidInFullBy(payment.amount())) {
			String reason = "Payment " + payment.reference() + " of " + payment.amount().minor() + " "
					+ payment.amount().currency() + " does not match the order total " + order.total().minor() + " "
					+ order.total().currency();
			return this.orders.save(order, order.flag(reason, now))
				.map((flagged) -> PaymentOutcome.FLAGGED)
				.switchIfEmpty(again(order, payment, attempts));
		}
		Order.Payment paidWith = new Order.Payment(payment.reference(), payment.amount(), payment.source(),
				payment.recordedBy(), now);
		return this.orders.save(order, order.markPaid(paidWith, now))
			.flatMap((paidOrder) -> this.paid.followUp(paidOrder).thenReturn(PaymentOutcome.PAID))
			// Lost a race (expired, paid, flagged or extended meanwhile): answer from the
			// new state.
			.switchIfEmpty(again(order, payment, attempts));
	}

	private Mono<PaymentOutcome> again(Order order, PaymentRecord payment, int attempts) {
		return Mono.defer(() -> this.orders.find(order.id()).flatMap((now) -> record(now, payment, attempts - 1)));
	}

	private static String closed(OrderStatus status) {
		return (status == OrderStatus.EXPIRED || status == OrderStatus.CANCELLED) ? status.name() : "CLOSED";
	}

	/** The payment that paid the order, delivered again (Stripe sends several events). */
	private static boolean samePayment(Order order, PaymentRecord payment) {
		return order.payment() == null || payment.reference() == null
				|| payment.reference().equals(order.payment().reference());
	}

	@Override
	public Mono<Void> flag(String orderId, String reason) {
		return this.orders.find(orderId)
			.filter((order) -> OrderStatus.PAYABLE.contains(order.status()))
			.flatMap((order) -> this.orders.save(order, order.flag(reason, this.clock.instant())))
			.then();
	}

}
