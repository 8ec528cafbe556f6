package ladakh.crafts.marketplace.payments.stripe;

/**
 * What the payments area reads of a buyer order (the orders area's {@code orders}
 * document, by the fields of docs/data-model.md).
 *
 * @param id the order id
 * @param number the number the buyer sees
 * @param buyerId who placed it
 * @param status {@code AWAITING_PAYMENT}, {@code PAID}, {@code PAYMENT_FLAGGED},
 * {@code EXPIRED} or {@code CANCELLED}
 * @param totalMinor the total in paise
 * @param currency {@code INR}
 * @param paymentMethod the chosen {@code payments.PaymentMethod}'s name
 * @param email the buyer's contact email, or {@code null}
 */
public record PayableOrder(String id, String number, String buyerId, String status, long totalMinor, String currency,
		String paymentMethod, String email) {

	public boolean awaitingPayment() {
		return "AWAITING_PAYMENT".equals(this.status);
	}

	public boolean paid() {
		return "PAID".equals(this.status);
	}

	public boolean byCard() {
		return "CARD".equals(this.paymentMethod);
	}

}
