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

	/** The reports printed as tables, each a page, a CSV and a PDF. */
	private static final String[] TABLE_REPORTS = { "stipends", "exhibitions", "shg-funds", "payouts", "kits" };

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		// The department's headline figures: counts and one sum, no personal data.
		exchanges.pathMatchers(HttpMethod.GET, "/figures")
			.permitAll()
			.pathMatchers(HttpMethod.GET, "/staff/dashboard")
			.hasAnyRole(STAFF)
			.pathMatchers(HttpMethod.GET, "/staff/reports", "/staff/reports/revenue/{fy}",
					"/staff/reports/revenue/{fy}/export.csv", "/staff/reports/revenue/{fy}/export.pdf")
			.hasAnyRole(READERS)
			.pathMatchers(HttpMethod.GET, "/staff/reports/operations", "/staff/reports/operations/export.csv",
					"/staff/reports/operations/export.pdf")
			.hasAnyRole(READERS)
			.pathMatchers(HttpMethod.GET, "/staff/reports/funnel", "/staff/reports/funnel/export.csv",
					"/staff/reports/funnel/export.pdf")
			.hasAnyRole(READERS)
			// Names of people: the officers who would reach out to them.
			.pathMatchers(HttpMethod.GET, "/staff/reports/funnel/centres/{centreId}/quiet",
					"/staff/reports/funnel/centres/{centreId}/quiet.csv")
			.hasAnyRole("OFFICER", "ADMIN");
		for (String kind : TABLE_REPORTS) {
			String page = "/staff/reports/" + kind + "/{fy}";
			exchanges.pathMatchers(HttpMethod.GET, page, page + "/export.csv", page + "/export.pdf")
				.hasAnyRole(READERS);
		}
	}

}
