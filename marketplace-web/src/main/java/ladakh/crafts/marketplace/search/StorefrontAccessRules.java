package ladakh.crafts.marketplace.search;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The storefront is public: search, product and craft pages, and the public search API.
 * Only reads; nothing here changes data.
 */
@Component
class StorefrontAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges
			.pathMatchers(HttpMethod.GET, "/search", "/listings/*", "/crafts/*", "/api/v1/search", "/api/v1/suggest",
					"/api/v1/listings/*")
			.permitAll();
	}

}
