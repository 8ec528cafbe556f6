package ladakh.crafts.marketplace.sellers.registration;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Creates the indexes of this area's repositories at start-up: each repository declares
 * those of its own queries. The audit trail's indexes belong to system.audit.AuditTrail.
 */
@Component
class RegistrationIndexes {

	private final ApplicationRepository applications;

	private final ApplicationAttemptRepository attempts;

	RegistrationIndexes(ApplicationRepository applications, ApplicationAttemptRepository attempts) {
		this.applications = applications;
		this.attempts = attempts;
	}

	Mono<Void> create() {
		return this.applications.createIndexes().then(this.attempts.createIndexes());
	}

}
