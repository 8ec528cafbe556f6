package ladakh.crafts.marketplace.sellers.registration;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import ladakh.crafts.marketplace.system.audit.AuditEvent;

/**
 * The subjects registration's staff actions are about, and the audit event of one such
 * action, written straight to the shared {@code AuditTrail}.
 */
public final class StaffAudit {

	/** An artisan's application, {@code artisan_applications._id}. */
	public static final String APPLICATION = "ARTISAN_APPLICATION";

	/** A seller, {@code sellers._id}. */
	public static final String SELLER = "SELLER";

	private StaffAudit() {
	}

	static AuditEvent event(StaffMember actor, Instant at, String action, String subjectType, String subjectId,
			String reason, Map<String, Object> details) {
		return new AuditEvent("aud-" + UUID.randomUUID(), at, actor.id(),
				actor.roles().stream().map(Enum::name).sorted().toList(), action, subjectType, subjectId, reason,
				details);
	}

}
