package ladakh.crafts.marketplace.sellers.registration;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds the audit event for a staff action.
 */
final class StaffAudit {

	private StaffAudit() {
	}

	static AuditEvent event(StaffMember actor, Instant at, String action, String subjectType, String subjectId,
			String reason, Map<String, Object> details) {
		return new AuditEvent("aud-" + UUID.randomUUID(), at, actor.id(),
				actor.roles().stream().map(Enum::name).collect(Collectors.toSet()), action, subjectType, subjectId,
				reason, details);
	}

}
