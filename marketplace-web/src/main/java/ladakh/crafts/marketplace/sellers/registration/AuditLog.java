package ladakh.crafts.marketplace.sellers.registration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The append-only audit trail of staff actions on registrations and sellers. Kept behind
 * this interface so that the system-wide {@code system.audit.AuditTrail} can replace
 * {@link MongoAuditLog} without touching the services.
 */
interface AuditLog {

	/** Appends one event; never updates or deletes. */
	Mono<Void> append(AuditEvent event);

	/** The events about one subject, oldest first. */
	Flux<AuditEvent> about(String subjectType, String subjectId);

}
