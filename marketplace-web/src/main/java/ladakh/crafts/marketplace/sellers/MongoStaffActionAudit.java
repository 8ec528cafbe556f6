package ladakh.crafts.marketplace.sellers;

import ladakh.crafts.marketplace.system.audit.AuditTrail;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * The sellers area's staff decisions, written to the shared append-only audit trail.
 */
@Component
class MongoStaffActionAudit implements StaffActionAudit {

	private final AuditTrail trail;

	MongoStaffActionAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public Mono<Void> record(StaffAction action) {
		return this.trail
			.record(action.actor(), action.action(), action.subjectType(), action.subjectId(), action.reason(),
					action.details())
			.then();
	}

}
