package ladakh.crafts.marketplace.sellers.registration;

import java.util.HashSet;
import java.util.LinkedHashMap;

import ladakh.crafts.marketplace.system.audit.AuditTrail;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Registration's view of the shared append-only audit trail ({@code audit_events}).
 */
@Component
class MongoAuditLog implements AuditLog {

	private final AuditTrail trail;

	MongoAuditLog(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public Mono<Void> append(AuditEvent event) {
		return this.trail
			.append(new ladakh.crafts.marketplace.system.audit.AuditEvent(event.id(), event.at(), event.actorId(),
					event.actorRoles().stream().sorted().toList(), event.action(), event.subjectType(),
					event.subjectId(), event.reason(), event.details()))
			.then();
	}

	@Override
	public Flux<AuditEvent> about(String subjectType, String subjectId) {
		return this.trail.about(subjectType, subjectId)
			.map((event) -> new AuditEvent(event.id(), event.at(), event.actorId(), new HashSet<>(event.actorRoles()),
					event.action(), event.subjectType(), event.subjectId(), event.reason(),
					new LinkedHashMap<>(event.details())));
	}

}
