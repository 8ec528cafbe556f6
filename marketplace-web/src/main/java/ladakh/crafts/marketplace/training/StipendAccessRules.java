package ladakh.crafts.marketplace.training;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may reach the stipend pages: officers and admins compute, approve, pay and correct;
 * instructors may look at a batch's stipends (whether they teach at that centre is
 * decided by {@link StipendMonths}, from the signed-in account). The department calendar
 * is the officers'.
 */
@Component
class StipendAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/staff/centres/*/batches/*/stipends")
			.hasAnyRole("OFFICER", "ADMIN", "INSTRUCTOR")
			.pathMatchers(HttpMethod.POST, "/staff/centres/*/batches/*/stipends",
					"/staff/centres/*/batches/*/stipends/corrections", "/staff/centres/*/batches/*/stipends/*/approve",
					"/staff/centres/*/batches/*/stipends/*/paid")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.GET, "/staff/training/holidays")
			.hasAnyRole("OFFICER", "ADMIN")
			.pathMatchers(HttpMethod.POST, "/staff/training/holidays")
			.hasAnyRole("OFFICER", "ADMIN");
	}

}
