package ladakh.crafts.marketplace.sellers;

import reactor.core.publisher.Mono;

/**
 * Where the sellers area writes its staff decisions. A stand-in for the system-wide audit
 * trail: when that lands, an adapter to it replaces {@link MongoStaffActionAudit} and
 * nothing else changes.
 */
public interface StaffActionAudit {

	/**
	 * Appends the action to the audit trail.
	 * @param action what happened
	 * @return completes once written
	 */
	Mono<Void> record(StaffAction action);

}
