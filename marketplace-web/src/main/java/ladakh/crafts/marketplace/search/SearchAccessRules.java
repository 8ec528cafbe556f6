package ladakh.crafts.marketplace.search;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may reach the search area's pages. The storefront pages are public (see the
 * security configuration); the synonym list is for officers and administrators. Ordered
 * before the accounts area, whose rule gives the rest of {@code /admin/**} to
 * administrators only.
 */
@Component
class SearchAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers("/admin/search/synonyms", "/admin/search/synonyms/**").hasAnyRole("OFFICER", "ADMIN");
	}

	@Override
	public int getOrder() {
		return -100;
	}

}
