package ladakh.crafts.marketplace.payments.stripe;

/**
 * What a webhook call did.
 *
 * @param status the HTTP status to answer Stripe with (400: not verified, nothing done;
 * 409: another delivery of the event is being handled, Stripe retries later; 500: it
 * failed, Stripe retries)
 * @param outcome what happened, also stored in {@code payment_events}
 */
public record WebhookOutcome(int status, String outcome) {

	static WebhookOutcome refused(String why) {
		return new WebhookOutcome(400, why);
	}

	/** Another handler holds the event's lease: not done yet, so not a 2xx. */
	static WebhookOutcome inProgress() {
		return new WebhookOutcome(409, "IN_PROGRESS");
	}

	static WebhookOutcome done(String outcome) {
		return new WebhookOutcome(200, outcome);
	}

}
