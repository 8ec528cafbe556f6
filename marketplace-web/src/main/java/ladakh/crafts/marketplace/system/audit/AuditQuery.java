package ladakh.crafts.marketplace.system.audit;

import java.time.Instant;

/**
 * Which events of the department's audit log to show; each part is optional (null).
 *
 * @param actorId who acted (a user id, or {@link AuditTrail#SYSTEM})
 * @param action what was done, e.g. {@code APPLICATION_APPROVED}
 * @param sellerId the seller the event concerns (see {@link AuditEvent#sellerId()})
 * @param from the first instant shown (inclusive)
 * @param until the instant the log stops (exclusive)
 */
public record AuditQuery(String actorId, String action, String sellerId, Instant from, Instant until) {

	public AuditQuery {
		actorId = blankAsNull(actorId);
		action = blankAsNull(action);
		sellerId = blankAsNull(sellerId);
	}

	private static String blankAsNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
