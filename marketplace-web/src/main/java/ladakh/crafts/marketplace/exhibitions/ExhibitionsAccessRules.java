package ladakh.crafts.marketplace.exhibitions;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The exhibitions' pages: the public calendar and each exhibition with its stall map;
 * officers' (and admins') pages to announce exhibitions, build their stall plans and run
 * the draw; the published allocation records; and sellers' applications. Ownership (a
 * seller applies and withdraws only for their own seller) is decided by
 * {@link StallApplications}, from the signed-in account.
 */
@Component
class ExhibitionsAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		// The allocation record is public: anyone may check a draw by running it again.
		exchanges.pathMatchers(HttpMethod.GET, "/exhibitions", "/exhibitions/*", "/exhibitions/*/draw")
			.permitAll()
			.pathMatchers(HttpMethod.GET, "/staff/exhibitions", "/staff/exhibitions/new", "/staff/exhibitions/*",
					"/staff/exhibitions/*/stalls", "/staff/exhibitions/*/applications", "/staff/exhibitions/*/draw")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.POST, "/staff/exhibitions", "/staff/exhibitions/*", "/staff/exhibitions/*/stalls",
					"/staff/exhibitions/*/stalls/*/delete", "/staff/exhibitions/*/stalls/upload",
					"/staff/exhibitions/*/draw")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.GET, "/seller/exhibitions", "/seller/exhibitions/*/apply")
			.hasRole("SELLER")
			.pathMatchers(HttpMethod.POST, "/seller/exhibitions/*/apply", "/seller/exhibitions/applications/*/withdraw")
			.hasRole("SELLER");
	}

}
