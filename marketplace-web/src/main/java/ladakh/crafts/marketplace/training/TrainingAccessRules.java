package ladakh.crafts.marketplace.training;

import ladakh.crafts.marketplace.system.security.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Who may reach the training pages: instructors read the centres and schemes and move
 * trainees on; officers and admins do the rest. Whether an instructor teaches at the
 * centre is decided by {@link TrainingCentres}, from the signed-in account.
 */
@Component
class TrainingAccessRules implements AccessRules {

	@Override
	public void apply(AuthorizeExchangeSpec exchanges) {
		exchanges.pathMatchers(HttpMethod.GET, "/staff/centres", "/staff/centres/*")
			.hasAnyRole("OFFICER", "ADMIN", "INSTRUCTOR")
			.pathMatchers(HttpMethod.POST, "/staff/centres/*/batches/*/trainees/*/status")
			.hasAnyRole("OFFICER", "ADMIN", "INSTRUCTOR")
			.pathMatchers(HttpMethod.POST, "/staff/centres/*/batches", "/staff/centres/*/batches/*/trainees",
					"/staff/centres/*/batches/*/trainees/*/outcome", "/staff/centres/*/sign-in")
			.hasAnyRole("OFFICER", "ADMIN")
			// Schemes: instructors read them (their trainees' stipend); only officers and
			// admins set a new rate.
			.pathMatchers(HttpMethod.GET, "/staff/training/schemes", "/staff/training/schemes/*")
			.hasAnyRole("OFFICER", "ADMIN", "INSTRUCTOR")
			.pathMatchers(HttpMethod.POST, "/staff/training/schemes/*/rates")
			.hasAnyRole("OFFICER", "ADMIN");
	}

}
