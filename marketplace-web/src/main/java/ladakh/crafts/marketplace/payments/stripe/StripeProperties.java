package ladakh.crafts.marketplace.payments.stripe;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Stripe adapter's settings. Both secrets come from the environment only
 * ({@code STRIPE_SECRET_KEY}, {@code STRIPE_WEBHOOK_SECRET}); the adapter is active only
 * when both are set.
 *
 * @param secretKey the API secret key, or blank
 * @param webhookSecret the webhook endpoint's signing secret ({@code whsec_...}), or
 * blank
 * @param apiBase where the API is (tests point it at a local fake server)
 * @param tolerance how old a webhook's signed timestamp may be (default 300 s)
 * @param processingLease how long an event being handled is left to its handler before a
 * redelivery takes it over (a process that died half way leaves it PROCESSING); longer
 * than handling takes, Stripe calls included (default 2 min)
 */
@ConfigurationProperties("marketplace.payments.stripe")
public record StripeProperties(String secretKey, String webhookSecret,
		@DefaultValue("https://api.stripe.com") String apiBase, @DefaultValue("300s") Duration tolerance,
		@DefaultValue("2m") Duration processingLease) {

	public StripeProperties {
		URI base = URI.create(apiBase);
		if (!"https".equals(base.getScheme()) && !"http".equals(base.getScheme())) {
			throw new IllegalArgumentException("marketplace.payments.stripe.api-base must be an http(s) URL");
		}
		if (tolerance.isNegative() || tolerance.isZero()) {
			throw new IllegalArgumentException("marketplace.payments.stripe.tolerance must be positive");
		}
		if (processingLease.isNegative() || processingLease.isZero()) {
			throw new IllegalArgumentException("marketplace.payments.stripe.processing-lease must be positive");
		}
	}

	/** Whether both secrets are set, so card payments can be taken and confirmed. */
	public boolean configured() {
		return secretKey != null && !secretKey.isBlank() && webhookSecret != null && !webhookSecret.isBlank();
	}

	@Override
	public String toString() {
		return "StripeProperties[apiBase=" + this.apiBase + ", configured=" + configured() + "]";
	}

}
