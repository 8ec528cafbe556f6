package ladakh.crafts.marketplace.search.web;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may see the search index's health and ask for a rebuild: officers and
 * administrators. Ordered before the accounts area, whose {@code /admin/**} rule is for
 * administrators only.
 */
@Component
class SearchAdminAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/admin/search", "/api/v1/admin/search/status")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.POST, "/admin/search/rebuild")
			.hasAnyRole("OFFICER", "ADMIN");
	}

	@Override
	public int getOrder() {
		return -10;
	}

}
