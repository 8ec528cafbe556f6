package ladakh.crafts.marketplace.training;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may reach a trainee's history: the trainee their own (the pages take no id: the
 * record is found from the signed-in account), and the centre's officers and instructors
 * the statement they print ({@link TraineeRecords} checks the centre).
 */
@Component
class TraineeAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/trainee", "/trainee/statement.pdf")
			.hasRole("TRAINEE")
			.pathMatchers(HttpMethod.GET, "/staff/centres/*/batches/*/trainees/*/statement.pdf")
			.hasAnyRole("OFFICER", "ADMIN", "INSTRUCTOR");
	}

}
