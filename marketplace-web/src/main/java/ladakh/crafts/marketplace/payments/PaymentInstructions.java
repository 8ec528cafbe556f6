package ladakh.crafts.marketplace.payments;

/**
 * How to pay offline, shown on the order confirmation and in the email.
 *
 * @param method the chosen method
 * @param payee who receives the money (the department)
 * @param account the bank account, UPI id or counter address, as fits the method
 * @param reference what the buyer must quote (the order number)
 * @param note extra guidance (hours, COD rules), or {@code null}
 */
public record PaymentInstructions(PaymentMethod method, String payee, String account, String reference, String note) {

}
