package ladakh.crafts.marketplace.exhibitions;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Reserved-category claims and stall fees by card (docs/decisions/0065): only officers
 * (and admins) verify or reject a claim on an application; a seller pays by card only for
 * their own stall ({@link StallFeesByCard}: anyone else's is 404).
 */
@Component
class StallMoneyAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.POST, "/staff/exhibitions/*/applications/*/claims/*")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.POST, "/seller/exhibitions/*/stalls/*/pay")
			.hasRole("SELLER");
	}

}
