package ladakh.crafts.marketplace.orders;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.payments.PaymentMethod;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which payment methods a cart may use: those a gateway bean takes (CARD only with a
 * STRIPE gateway), and CASH_ON_DELIVERY only when every seller in the cart allows it.
 */
@Component
public class PaymentOptions {

	private final ObjectProvider<PaymentGateway> gateways;

	private final CashOnDeliveryPolicy cashOnDelivery;

	PaymentOptions(ObjectProvider<PaymentGateway> gateways, ObjectProvider<CashOnDeliveryPolicy> cashOnDelivery) {
		this.gateways = gateways;
		this.cashOnDelivery = cashOnDelivery.getIfAvailable(() -> (sellerId) -> false);
	}

	/** The methods offered for a cart of these sellers, in a stable order. */
	public Set<PaymentMethod> offered(Collection<String> sellerIds) {
		Set<PaymentMethod> methods = EnumSet.noneOf(PaymentMethod.class);
		for (PaymentGateway gateway : this.gateways.orderedStream().toList()) {
			for (PaymentMethod method : gateway.methods()) {
				if (method == PaymentMethod.CARD && !"STRIPE".equals(gateway.name())) {
					continue;
				}
				methods.add(method);
			}
		}
		if (sellerIds.isEmpty() || !sellerIds.stream().allMatch(this.cashOnDelivery::allows)) {
			methods.remove(PaymentMethod.CASH_ON_DELIVERY);
		}
		return methods;
	}

	/** The gateway that takes a method (STRIPE for CARD). */
	public Optional<PaymentGateway> gatewayFor(PaymentMethod method) {
		List<PaymentGateway> all = this.gateways.orderedStream().toList();
		return all.stream()
			.filter((gateway) -> gateway.methods().contains(method))
			.filter((gateway) -> method != PaymentMethod.CARD || "STRIPE".equals(gateway.name()))
			.findFirst();
	}

	/**
	 * Whether a seller takes cash on delivery. No seller setting exists yet: without a
	 * bean of this type, nobody does (the sellers area may declare one over a seller
	 * setting).
	 */
	@FunctionalInterface
	public interface CashOnDeliveryPolicy {

		boolean allows(String sellerId);

	}

}
