package ladakh.crafts.marketplace.payments;

import ladakh.crafts.marketplace.shared.Money;

/**
 * What the payments area knows of a buyer order, as the orders area answers it
 * ({@link PayableOrders}).
 *
 * @param id the order id
 * @param number the number the buyer sees
 * @param buyerId who placed it
 * @param status {@code AWAITING_PAYMENT}, {@code PAID}, {@code PAYMENT_FLAGGED},
 * {@code EXPIRED} or {@code CANCELLED}
 * @param total what it costs
 * @param method how the buyer chose to pay
 * @param email the buyer's contact email, or {@code null}
 */
public record PayableOrder(String id, String number, String buyerId, String status, Money total, PaymentMethod method,
		String email) {

	public boolean awaitingPayment() {
		return "AWAITING_PAYMENT".equals(this.status);
	}

	public boolean paid() {
		return "PAID".equals(this.status);
	}

	public boolean byCard() {
		return this.method == PaymentMethod.CARD;
	}

}
