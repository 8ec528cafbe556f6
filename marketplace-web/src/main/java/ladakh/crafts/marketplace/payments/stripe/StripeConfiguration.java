package ladakh.crafts.marketplace.payments.stripe;

import com.stripe.Stripe;
import com.stripe.StripeClient;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The Stripe adapter, present only when {@code STRIPE_SECRET_KEY} and
 * {@code STRIPE_WEBHOOK_SECRET} are both set. Its client is its own (key and API base per
 * client, not the SDK's global statics), so tests can point it at a local fake server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StripeProperties.class)
class StripeConfiguration {

	@Bean
	@Conditional(StripeConfigured.class)
	StripeClient stripeClient(StripeProperties properties) {
		// The SDK otherwise writes a telemetry id under the user's home directory.
		Stripe.enableTelemetry = false;
		return StripeClient.builder()
			.setApiKey(properties.secretKey())
			.setApiBase(properties.apiBase())
			.setConnectTimeout(10_000)
			.setReadTimeout(30_000)
			// A retry is the buyer's (or the refund step's) decision, with the same key.
			.setMaxNetworkRetries(0)
			.build();
	}

	@Bean
	@Conditional(StripeConfigured.class)
	StripeGateway stripeGateway(StripeClient stripeClient, StripeSessionRepository sessions,
			@Value("${marketplace.public-url:http://localhost:8080}") String publicUrl) {
		return new StripeGateway(stripeClient, sessions, new ReturnPage(publicUrl));
	}

	@Bean
	@Conditional(StripeConfigured.class)
	StripeWebhooks stripeWebhooks(StripeProperties properties, PaymentEventRepository events,
			StripeSessionRepository sessions, ApplicationEventPublisher publisher) {
		return new StripeWebhooks(properties, events, sessions, publisher);
	}

}
