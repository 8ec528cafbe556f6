package ladakh.crafts.marketplace.system.api;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The API's description is public (decision 39): it says no more than docs/api.md, a
 * script needs it before it can sign in, and every operation it lists keeps its own rule.
 * Only reading it: every other method is denied by the closing rule.
 */
@Component
class ApiDocsAccessRules implements AccessRules {

	static final String DOCUMENT = "/v3/api-docs";

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, DOCUMENT, DOCUMENT + ".yaml").permitAll();
	}

}
