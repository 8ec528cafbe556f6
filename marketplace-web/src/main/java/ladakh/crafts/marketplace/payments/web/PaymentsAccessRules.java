package ladakh.crafts.marketplace.payments.web;

import java.util.Set;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may reach the payments area: Stripe's webhook is open to anyone and exempt from
 * CSRF, because it carries no session and is authenticated by its signature (checked by
 * the handler: anything unsigned answers 400 and changes nothing). The return page and
 * the retry are for the signed-in buyer; another person's order is not found.
 */
@Component
class PaymentsAccessRules implements AccessRules {

	static final String STRIPE_WEBHOOK = "/webhooks/stripe";

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.POST, STRIPE_WEBHOOK)
			.permitAll()
			.pathMatchers(HttpMethod.GET, "/checkout/return")
			.authenticated()
			.pathMatchers(HttpMethod.POST, "/orders/*/pay")
			.authenticated();
	}

	@Override
	public Set<String> signedPostPaths() {
		return Set.of(STRIPE_WEBHOOK);
	}

}
