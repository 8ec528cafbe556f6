package ladakh.crafts.marketplace.reports;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may read the department's reports: officers, accounts staff and admins. They are
 * read-only: no report has a state-changing route.
 */
@Component
class ReportsAccessRules implements AccessRules {

	private static final String[] READERS = { "OFFICER", "ACCOUNTS", "ADMIN" };

	/** The reports printed as tables, each a page, a CSV and a PDF. */
	private static final String[] TABLE_REPORTS = { "stipends", "exhibitions", "shg-funds", "payouts", "kits" };

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges
			.pathMatchers(HttpMethod.GET, "/staff/reports", "/staff/reports/revenue/{fy}",
					"/staff/reports/revenue/{fy}/export.csv", "/staff/reports/revenue/{fy}/export.pdf")
			.hasAnyRole(READERS);
		for (String kind : TABLE_REPORTS) {
			String page = "/staff/reports/" + kind + "/{fy}";
			exchanges.pathMatchers(HttpMethod.GET, page, page + "/export.csv", page + "/export.pdf")
				.hasAnyRole(READERS);
		}
	}

}
