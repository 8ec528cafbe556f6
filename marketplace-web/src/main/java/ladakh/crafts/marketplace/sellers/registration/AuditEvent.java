package ladakh.crafts.marketplace.sellers.registration;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One staff action, as stored in {@code audit_events}.
 *
 * @param id the event id
 * @param at when
 * @param actorId who ({@code users._id})
 * @param actorRoles their roles at the time
 * @param action what, e.g. {@code APPLICATION_APPROVED}
 * @param subjectType {@code ARTISAN_APPLICATION} or {@code SELLER}
 * @param subjectId the application or seller id
 * @param reason why, when a reason was given
 * @param details anything else worth keeping (marks, number, ...)
 */
public record AuditEvent(String id, Instant at, String actorId, Set<String> actorRoles, String action,
		String subjectType, String subjectId, String reason, Map<String, Object> details) {

	public static final String APPLICATION = "ARTISAN_APPLICATION";

	public static final String SELLER = "SELLER";

	public AuditEvent {
		actorRoles = Set.copyOf(actorRoles);
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

}
