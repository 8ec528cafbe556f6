package ladakh.crafts.marketplace.orders;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may reach the fulfilment pages and API: sellers their own parts, signed-in buyers
 * their own orders. Ownership is checked by {@link Fulfilment} from the signed-in account
 * (another person's order or part is not found).
 */
@Component
class FulfilmentAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers("/seller/orders", "/seller/orders/**")
			.hasRole("SELLER")
			.pathMatchers("/api/v1/seller/orders", "/api/v1/seller/orders/**")
			.hasRole("SELLER")
			.pathMatchers(HttpMethod.GET, "/orders", "/orders/*", "/orders/*/invoice.pdf")
			.authenticated()
			.pathMatchers(HttpMethod.POST, "/orders/*/cancel", "/orders/*/parts/*/cancel",
					"/api/v1/orders/*/parts/*/cancel")
			.authenticated();
	}

}
