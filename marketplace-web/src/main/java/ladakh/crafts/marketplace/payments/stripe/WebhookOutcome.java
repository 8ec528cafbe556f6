package ladakh.crafts.marketplace.payments.stripe;

/**
 * What a webhook call did.
 *
 * @param status the HTTP status to answer Stripe with (400: not verified, nothing done)
 * @param outcome what happened, also stored in {@code payment_events}
 */
public record WebhookOutcome(int status, String outcome) {

	static WebhookOutcome refused(String why) {
		return new WebhookOutcome(400, why);
	}

	static WebhookOutcome done(String outcome) {
		return new WebhookOutcome(200, outcome);
	}

}
