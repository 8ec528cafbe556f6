package ladakh.crafts.marketplace.sellers;

import java.util.Map;
import java.util.Objects;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;

/**
 * One staff decision to keep in the append-only audit trail ({@code audit_events}).
 *
 * @param actor who did it
 * @param action what they did, e.g. {@code SHG_APPROVED}
 * @param subjectType what kind of thing it was done to, e.g. {@code SHG}
 * @param subjectId which one
 * @param reason why, when the person gave a reason; may be null
 * @param details anything else worth keeping (never a secret or a full bank account)
 */
public record StaffAction(MarketplaceUser actor, String action, String subjectType, String subjectId, String reason,
		Map<String, Object> details) {

	public StaffAction {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(subjectType, "subjectType");
		Objects.requireNonNull(subjectId, "subjectId");
		details = (details != null) ? Map.copyOf(details) : Map.of();
	}

}
