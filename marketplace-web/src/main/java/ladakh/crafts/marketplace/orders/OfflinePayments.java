package ladakh.crafts.marketplace.orders;

import java.util.Map;

import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Payments that arrive outside the site: recorded by ACCOUNTS staff (counter, bank
 * transfer, UPI) or by the seller (cash on delivery of an order that is all theirs).
 * Every recording is in the audit trail, whatever its outcome.
 */
@Service
public class OfflinePayments {

	public static final String STAFF = "STAFF";

	public static final String SELLER = "SELLER";

	private final OrderPayments payments;

	private final Orders orders;

	private final AuditTrail audit;

	OfflinePayments(OrderPayments payments, Orders orders, AuditTrail audit) {
		this.payments = payments;
		this.orders = orders;
		this.audit = audit;
	}

	/** Staff record a payment of an order (empty: no such order). */
	public Mono<PaymentOutcome> recordByStaff(MarketplaceUser staff, String orderId, Money amount, String reference) {
		return this.orders.find(orderId).flatMap((order) -> record(staff, order, amount, reference, STAFF));
	}

	/**
	 * The seller records the cash paid on delivery, for an order whose parts are all
	 * theirs and that is paid cash on delivery (otherwise empty: not found for them).
	 */
	public Mono<PaymentOutcome> recordBySeller(MarketplaceUser seller, String partId, String reference) {
		return this.orders.part(partId)
			.filter((part) -> seller.actsFor(part.sellerId()))
			.flatMap((part) -> this.orders.find(part.orderId()))
			.filter((order) -> order.paymentMethod() == PaymentMethod.CASH_ON_DELIVERY)
			.filterWhen((order) -> this.orders.parts(order.id()).all((part) -> seller.actsFor(part.sellerId())))
			.flatMap((order) -> record(seller, order, order.total(), reference, SELLER));
	}

	private Mono<PaymentOutcome> record(MarketplaceUser by, Order order, Money amount, String reference,
			String source) {
		return this.payments.recordPayment(new PaymentRecord(order.id(), amount, reference, source, by.id()))
			.flatMap((outcome) -> this.audit
				.record(by, "ORDER_PAYMENT_RECORDED", "ORDER", order.id(), reference, Map.of("amountMinor",
						amount.minor(), "source", source, "outcome", outcome.name(), "number", order.number()))
				.thenReturn(outcome));
	}

}
