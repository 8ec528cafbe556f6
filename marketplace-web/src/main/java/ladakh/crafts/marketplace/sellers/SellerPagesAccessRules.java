package ladakh.crafts.marketplace.sellers;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may reach the seller's own page, the identity cards, the verification and seller
 * pages, and the SHG pages (the training centres' are the training area's). Only the
 * exact paths these pages serve: the staff console root, applications and seller search
 * have their own rules. Ownership (a seller sees only their own card and fund) is decided
 * by the handlers, from the signed-in account.
 */
@Component
class SellerPagesAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/verify", "/verify/**", "/sellers/*")
			.permitAll()
			.pathMatchers(HttpMethod.GET, "/seller", "/seller/id-card.pdf", "/seller/fund")
			.hasRole("SELLER")
			.pathMatchers(HttpMethod.GET, "/staff/sellers/*/id-card.pdf")
			.hasAnyRole("OFFICER", "ADMIN")
			// SHGs: accounts staff may read the ledgers; only officers and admins change
			// them.
			.pathMatchers(HttpMethod.GET, "/staff/shgs/new")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.GET, "/staff/shgs", "/staff/shgs/*")
			.hasAnyRole("OFFICER", "ADMIN", "ACCOUNTS")
			.pathMatchers(HttpMethod.POST, "/staff/shgs", "/staff/shgs/*/approval", "/staff/shgs/*/fund-entries",
					"/staff/shgs/*/sign-in")
			.hasAnyRole("OFFICER", "ADMIN");
	}

}
