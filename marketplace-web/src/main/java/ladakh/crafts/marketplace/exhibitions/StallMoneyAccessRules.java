package ladakh.crafts.marketplace.exhibitions;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Reserved-category claims (docs/decisions/0065): only officers (and admins) verify or
 * reject a claim on an application.
 */
@Component
class StallMoneyAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.POST, "/staff/exhibitions/*/applications/*/claims/*")
			.hasAnyRole("OFFICER", "ADMIN");
	}

}
