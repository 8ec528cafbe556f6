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
			// Stalls and fees after the draw: accounts staff record fees paid offline;
			// only officers give, take back or move a stall by hand.
			.pathMatchers(HttpMethod.GET, "/staff/exhibitions/*/allocations")
			.hasAnyRole("OFFICER", "ADMIN", "ACCOUNTS")
			.pathMatchers(HttpMethod.POST, "/staff/exhibitions/*/allocations/*/fee")
			.hasAnyRole("OFFICER", "ADMIN", "ACCOUNTS")
			.pathMatchers(HttpMethod.POST, "/staff/exhibitions/*/allocations/*/allocate",
					"/staff/exhibitions/*/allocations/*/take-back", "/staff/exhibitions/*/allocations/*/move")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.GET, "/seller/exhibitions", "/seller/exhibitions/*/apply")
			.hasRole("SELLER")
			// A seller gives up only their own stall (StallFees: another's is 404).
			.pathMatchers(HttpMethod.POST, "/seller/exhibitions/*/apply", "/seller/exhibitions/applications/*/withdraw",
					"/seller/exhibitions/*/stalls/*/give-up")
			.hasRole("SELLER");
	}

}
