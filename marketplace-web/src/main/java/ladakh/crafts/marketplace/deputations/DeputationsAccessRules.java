package ladakh.crafts.marketplace.deputations;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Deputations are the officers' (and admins'): which exhibitions are deputations, their
 * places, and the participants' travel dates. Sellers apply on the exhibitions' pages.
 */
@Component
class DeputationsAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/staff/deputations", "/staff/deputations/*")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.POST, "/staff/deputations", "/staff/deputations/*/travel")
			.hasAnyRole("OFFICER", "ADMIN");
	}

}
