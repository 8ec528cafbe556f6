package ladakh.crafts.marketplace.treasury.deposits;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may reach the accounts home, the treasury deposits and the reconciliation, pages
 * and API: accounts staff and admins only. Each route is named: the payouts and refunds
 * under {@code /staff/treasury} have rules of their own.
 */
@Component
class TreasuryAccessRules implements AccessRules {

	private static final String[] ACCOUNTS = { "ACCOUNTS", "ADMIN" };

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges
			.pathMatchers(HttpMethod.GET, "/staff/treasury", "/staff/treasury/deposits", "/staff/treasury/deposits/new",
					"/staff/treasury/deposits/{id}", "/staff/treasury/deposits/{id}/scan.pdf",
					"/staff/treasury/deposits/{id}/scan.jpg", "/staff/treasury/deposits/{id}/scan.png",
					"/staff/treasury/deposits/{id}/export.csv", "/staff/treasury/reconciliation",
					"/staff/treasury/reconciliation/{fy}", "/staff/treasury/reconciliation/{fy}/export.csv",
					"/staff/treasury/reconciliation/{fy}/export.pdf",
					"/staff/treasury/reconciliation/{fy}/centres/{centreId}",
					"/staff/treasury/reconciliation/{fy}/centres/{centreId}/export.csv",
					"/staff/treasury/reconciliation/{fy}/centres/{centreId}/export.pdf")
			.hasAnyRole(ACCOUNTS)
			.pathMatchers(HttpMethod.POST, "/staff/treasury/deposits", "/staff/treasury/deposits/{id}/allocations",
					"/staff/treasury/deposits/{id}/allocations/{allocationId}/reverse")
			.hasAnyRole(ACCOUNTS)
			.pathMatchers(HttpMethod.GET, "/api/v1/staff/treasury/deposits", "/api/v1/staff/treasury/deposits/{id}",
					"/api/v1/staff/treasury/reconciliation/{fy}",
					"/api/v1/staff/treasury/reconciliation/{fy}/centres/{centreId}")
			.hasAnyRole(ACCOUNTS)
			.pathMatchers(HttpMethod.POST, "/api/v1/staff/treasury/deposits",
					"/api/v1/staff/treasury/deposits/{id}/allocations",
					"/api/v1/staff/treasury/deposits/{id}/allocations/{allocationId}/reverse")
			.hasAnyRole(ACCOUNTS);
	}

}
