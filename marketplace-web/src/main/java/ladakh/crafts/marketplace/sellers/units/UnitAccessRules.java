package ladakh.crafts.marketplace.sellers.units;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Unit holders and co-operative societies are registered, and their managers given a
 * sign-in, by officers and admins only.
 */
@Component
class UnitAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges
			.pathMatchers(HttpMethod.GET, "/staff/units", "/staff/units/*", "/staff/cooperatives",
					"/staff/cooperatives/*")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.POST, "/staff/units", "/staff/cooperatives", "/staff/units/*/sign-in",
					"/staff/cooperatives/*/sign-in")
			.hasAnyRole("OFFICER", "ADMIN");
	}

}
