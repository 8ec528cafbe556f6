package ladakh.crafts.marketplace.orders.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

import ladakh.crafts.marketplace.system.security.AccessRules;

/**
 * Who may reach the cart, checkout, orders and payment recording: the cart is everyone's
 * (a visitor's lives in the session), checkout and orders are a signed-in buyer's (their
 * own: another buyer's order is not found), recording offline payments is ACCOUNTS' and
 * ADMIN's, and a seller's for cash on delivery on their own parts.
 */
@Component
class OrdersAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers("/cart", "/cart/**", "/api/v1/cart", "/api/v1/cart/**")
			.permitAll()
			.pathMatchers("/checkout", "/checkout/**", "/api/v1/checkout")
			.hasRole("BUYER")
			.pathMatchers(HttpMethod.GET, "/api/v1/orders", "/api/v1/orders/*")
			.hasRole("BUYER")
			.pathMatchers(HttpMethod.POST, "/api/v1/orders/*/payment")
			.hasRole("BUYER")
			.pathMatchers("/staff/orders", "/staff/orders/**", "/api/v1/staff/orders/**")
			.hasAnyRole("ACCOUNTS", "ADMIN")
			.pathMatchers(HttpMethod.POST, "/api/v1/seller/orders/*/payment")
			.hasRole("SELLER");
	}

}
