package ladakh.crafts.marketplace.catalog;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may reach the listing pages and API: sellers their own (ownership is checked by
 * {@link Listings} from the signed-in account: another seller's id is not found),
 * officers and admins the review queue.
 */
@Component
class CatalogAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers("/seller/listings", "/seller/listings/**")
			.hasRole("SELLER")
			.pathMatchers("/api/v1/seller/listings", "/api/v1/seller/listings/**")
			.hasRole("SELLER")
			.pathMatchers(HttpMethod.GET, "/staff/listings", "/staff/listings/*")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.POST, "/staff/listings/*/approve", "/staff/listings/*/reject",
					"/staff/listings/*/take-down")
			.hasAnyRole("OFFICER", "ADMIN");
	}

}
