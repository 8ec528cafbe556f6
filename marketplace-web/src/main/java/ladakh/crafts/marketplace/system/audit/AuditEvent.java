package ladakh.crafts.marketplace.system.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entry of the append-only audit trail (collection {@code audit_events}, see
 * docs/data-model.md).
 *
 * @param id the event id, {@code aud-<uuid>}
 * @param at when it happened
 * @param actorId the user who acted, or {@code system}
 * @param actorRoles that user's roles at the time
 * @param action what was done, e.g. {@code APPLICATION_APPROVED}
 * @param subjectType what kind of thing it was done to, e.g. {@code USER}
 * @param subjectId the id of that thing
 * @param reason why, as the actor gave it (may be null)
 * @param details anything else worth keeping (never passwords)
 */
public record AuditEvent(String id, Instant at, String actorId, List<String> actorRoles, String action,
		String subjectType, String subjectId, String reason, Map<String, Object> details) {

	public AuditEvent {
		actorRoles = List.copyOf(actorRoles);
		// Facts without a value are left out (a test without remarks has no "remarks"),
		// and the order they were given in is kept for the pages that list them.
		Map<String, Object> present = new LinkedHashMap<>();
		if (details != null) {
			details.forEach((key, value) -> {
				if (value != null) {
					present.put(key, value);
				}
			});
		}
		details = Collections.unmodifiableMap(present);
	}

	/** The kinds of subject that are sellers themselves. */
	private static final Set<String> SELLER_SUBJECTS = Set.of("SELLER", "SHG", "TRAINING_CENTRE");

	/**
	 * The seller this event concerns, for the audit log's seller filter: the subject when
	 * it is a seller (an artisan, an SHG, a training centre), otherwise a
	 * {@code sellerId} the area put in the details (a listing's seller), else null.
	 */
	public String sellerId() {
		if (this.subjectType != null && SELLER_SUBJECTS.contains(this.subjectType)) {
			return this.subjectId;
		}
		return (this.details.get("sellerId") instanceof String seller) ? seller : null;
	}

}
