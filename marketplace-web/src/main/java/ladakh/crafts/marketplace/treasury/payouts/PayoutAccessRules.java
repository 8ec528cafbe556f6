package ladakh.crafts.marketplace.treasury.payouts;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Payout runs, bank files, UTRs, sellers' bank accounts and the offline refunds queue are
 * ACCOUNTS' and ADMIN's alone; a seller's statement is the seller's (their own only: the
 * statement reads the signed-in seller's id, never one from the address).
 */
@Component
class PayoutAccessRules implements AccessRules {

	private static final String[] TREASURY = { "ACCOUNTS", "ADMIN" };

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges
			.pathMatchers(HttpMethod.GET, "/staff/treasury/payouts", "/staff/treasury/payouts/*",
					"/staff/treasury/payouts/*/bank.csv")
			.hasAnyRole(TREASURY)
			.pathMatchers(HttpMethod.POST, "/staff/treasury/payouts", "/staff/treasury/payouts/bank-accounts",
					"/staff/treasury/payouts/*/review", "/staff/treasury/payouts/*/export",
					"/staff/treasury/payouts/*/cancel", "/staff/treasury/payouts/*/paid")
			.hasAnyRole(TREASURY)
			.pathMatchers(HttpMethod.GET, "/api/v1/staff/treasury/payouts", "/api/v1/staff/treasury/payouts/*/lines")
			.hasAnyRole(TREASURY)
			.pathMatchers(HttpMethod.POST, "/api/v1/staff/treasury/payouts",
					"/api/v1/staff/treasury/payouts/*/lines/*/paid")
			.hasAnyRole(TREASURY)
			.pathMatchers(HttpMethod.GET, "/staff/treasury/refunds")
			.hasAnyRole(TREASURY)
			.pathMatchers(HttpMethod.POST, "/staff/treasury/refunds/*")
			.hasAnyRole(TREASURY)
			.pathMatchers(HttpMethod.GET, "/seller/statement", "/seller/statement.pdf")
			.hasRole("SELLER");
	}

}
