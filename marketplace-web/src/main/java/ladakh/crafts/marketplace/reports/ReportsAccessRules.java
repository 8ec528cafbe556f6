package ladakh.crafts.marketplace.reports;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may read the department's reports: officers, accounts staff and admins; and the
 * home page of figures, every staff member. They are read-only: no report has a
 * state-changing route.
 */
@Component
class ReportsAccessRules implements AccessRules {

	private static final String[] STAFF = { "INSTRUCTOR", "OFFICER", "ACCOUNTS", "ADMIN" };

	private static final String[] READERS = { "OFFICER", "ACCOUNTS", "ADMIN" };

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/staff/dashboard")
			.hasAnyRole(STAFF)
			.pathMatchers(HttpMethod.GET, "/staff/reports", "/staff/reports/revenue/{fy}",
					"/staff/reports/revenue/{fy}/export.csv", "/staff/reports/revenue/{fy}/export.pdf")
			.hasAnyRole(READERS)
			.pathMatchers(HttpMethod.GET, "/staff/reports/operations", "/staff/reports/operations/export.csv",
					"/staff/reports/operations/export.pdf")
			.hasAnyRole(READERS);
	}

}
