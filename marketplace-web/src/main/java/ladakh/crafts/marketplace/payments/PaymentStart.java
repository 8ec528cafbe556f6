package ladakh.crafts.marketplace.payments;

/**
 * The gateway's answer to {@link PaymentGateway#start}: either a page to send the buyer
 * to (Stripe) or instructions for paying offline.
 *
 * @param gateway {@code OFFLINE} or {@code STRIPE}
 * @param redirectUrl the hosted payment page, or {@code null}
 * @param instructions offline instructions, or {@code null}
 * @param externalId the gateway's id for this attempt (Stripe Checkout Session id), or
 * {@code null}
 */
public record PaymentStart(String gateway, String redirectUrl, PaymentInstructions instructions, String externalId) {

}
