package ladakh.crafts.marketplace.payments.stripe;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Both Stripe secrets are set: the card gateway is on. */
class StripeConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String key = context.getEnvironment().getProperty("marketplace.payments.stripe.secret-key", "");
		String secret = context.getEnvironment().getProperty("marketplace.payments.stripe.webhook-secret", "");
		return !key.isBlank() && !secret.isBlank();
	}

}
