package ladakh.crafts.marketplace.payments.offline;

import java.util.EnumSet;
import java.util.Set;

import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.payments.PaymentInstructions;
import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.payments.PaymentRequest;
import ladakh.crafts.marketplace.payments.PaymentStart;
import ladakh.crafts.marketplace.payments.RefundRequest;
import ladakh.crafts.marketplace.payments.RefundResult;
import reactor.core.publisher.Mono;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The always-available gateway: the buyer pays the department at a counter, by bank
 * transfer, by UPI or (where every seller allows it) in cash on delivery, quoting the
 * order number; staff or the seller then record the payment. Nothing is called; a refund
 * is paid out by staff by hand.
 */
@Component
@EnableConfigurationProperties(OfflinePaymentProperties.class)
public class OfflineSettlementGateway implements PaymentGateway {

	public static final String NAME = "OFFLINE";

	/** A refund's status: staff pay it out by hand. */
	public static final String TO_PAY_OFFLINE = "TO_PAY_OFFLINE";

	private final OfflinePaymentProperties properties;

	OfflineSettlementGateway(OfflinePaymentProperties properties) {
		this.properties = properties;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Set<PaymentMethod> methods() {
		return EnumSet.of(PaymentMethod.COUNTER, PaymentMethod.BANK_TRANSFER, PaymentMethod.UPI,
				PaymentMethod.CASH_ON_DELIVERY);
	}

	@Override
	public Mono<PaymentStart> start(PaymentRequest request) {
		if (!methods().contains(request.method())) {
			return Mono.error(new IllegalArgumentException("The offline gateway does not take " + request.method()));
		}
		return Mono.just(new PaymentStart(NAME, null, instructions(request), null));
	}

	PaymentInstructions instructions(PaymentRequest request) {
		String reference = request.orderNumber();
		return switch (request.method()) {
			case COUNTER -> new PaymentInstructions(request.method(), this.properties.payee(),
					this.properties.counter(), reference, "Pay at the counter quoting the order number.");
			case BANK_TRANSFER -> new PaymentInstructions(request.method(), this.properties.payee(),
					this.properties.bankName() + ", account " + this.properties.bankAccount() + ", IFSC "
							+ this.properties.ifsc(),
					reference, "Transfer by NEFT or IMPS with the order number as the remark.");
			case UPI -> new PaymentInstructions(request.method(), this.properties.payee(), this.properties.upiId(),
					reference, "Pay by UPI with the order number as the note.");
			case CASH_ON_DELIVERY -> new PaymentInstructions(request.method(), this.properties.payee(), null, reference,
					"Pay the exact amount in cash when the parcel arrives.");
			case CARD -> throw new IllegalArgumentException("CARD is not offline");
		};
	}

	@Override
	public Mono<RefundResult> refund(RefundRequest request) {
		return Mono.just(new RefundResult(request.refundKey(), TO_PAY_OFFLINE, null));
	}

}
