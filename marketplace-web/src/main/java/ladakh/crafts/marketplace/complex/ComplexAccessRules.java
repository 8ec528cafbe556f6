package ladakh.crafts.marketplace.complex;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The artisan complex's pages: the public plan and each term's published record;
 * officers' (and admins') schedule and moves; a seller's own shop terms (always the
 * signed-in account's seller, so no seller id is in the address).
 */
@Component
class ComplexAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/artisan-complex", "/artisan-complex/terms/*")
			.permitAll()
			.pathMatchers(HttpMethod.GET, "/staff/artisan-complex", "/staff/artisan-complex/terms/*")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.POST, "/staff/artisan-complex/schedule", "/staff/artisan-complex/terms/*/allot",
					"/staff/artisan-complex/terms/*/surrender", "/staff/artisan-complex/terms/*/swap")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.GET, "/seller/artisan-complex")
			.hasRole("SELLER");
	}

}
