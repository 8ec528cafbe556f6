package ladakh.crafts.marketplace.sellers.registration.web;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may reach the registration pages and the staff console. Path rules say which role
 * may try; the services then check the record itself (only the assigned instructor
 * records a test).
 */
@Component
class RegistrationAccessRules implements AccessRules {

	private static final String[] OFFICER_ACTIONS = { "/staff/applications/*/schedule", "/staff/applications/*/approve",
			"/staff/applications/*/reject", "/staff/sellers/*/suspend", "/staff/sellers/*/reinstate" };

	private static final String[] STAFF_PAGES = { "/staff", "/staff/applications/*", "/staff/sellers",
			"/staff/sellers/*" };

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers("/register/**")
			.permitAll()
			.pathMatchers("/staff/applications/new")
			.hasAnyRole("OFFICER", "ADMIN")
			// the department's audit log (DepartmentAuditPages)
			.pathMatchers(HttpMethod.GET, "/staff/audit")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.POST, OFFICER_ACTIONS)
			.hasAnyRole("OFFICER", "ADMIN")
			// Officers and admins supervise every application and may record any test
			// (ArtisanApplication.recordTest); an instructor only the tests assigned to
			// them.
			.pathMatchers(HttpMethod.POST, "/staff/applications/*/marks")
			.hasAnyRole("INSTRUCTOR", "OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.GET, STAFF_PAGES)
			.hasAnyRole("INSTRUCTOR", "OFFICER", "ADMIN");
	}

}
