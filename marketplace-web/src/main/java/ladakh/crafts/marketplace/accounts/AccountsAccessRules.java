package ladakh.crafts.marketplace.accounts;

import ladakh.crafts.marketplace.system.security.AccessRules;
import ladakh.crafts.marketplace.system.security.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Who may reach the accounts area's pages and API. */
@Component
class AccountsAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers("/login", "/signup")
			.permitAll()
			.pathMatchers(HttpMethod.POST, "/logout")
			.authenticated()
			.pathMatchers("/account", "/account/password", "/api/v1/me")
			.authenticated()
			.pathMatchers("/admin", "/admin/**")
			.hasRole(Role.ADMIN.name());
	}

}
