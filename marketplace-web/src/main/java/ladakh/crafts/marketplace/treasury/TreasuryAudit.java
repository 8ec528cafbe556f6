package ladakh.crafts.marketplace.treasury;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.system.audit.AuditEvent;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The treasury's lines in the department's audit trail (decisions 0069 and 0070): who
 * moved money and what they moved. Each line is written once per event: its id is made of
 * the event's own key (the deposit's, the allocation's, the run's and its move's, the
 * paid line's, the refund's), so a step retried or sent twice finds its line already
 * written and adds none, as the complex's shop swaps do.
 */
@Service
public class TreasuryAudit {

	/** Subject: a treasury deposit, by its id (the GRN's key). */
	public static final String DEPOSIT = "TREASURY_DEPOSIT";

	/** Subject: a payout run, by its id. */
	public static final String PAYOUT_RUN = "PAYOUT_RUN";

	/** Subject: a seller (their bank account), by the seller's id. */
	public static final String SELLER = "SELLER";

	/** Subject: an order whose refund was paid back offline, by the order's id. */
	public static final String ORDER = "ORDER";

	private final AuditTrail trail;

	private final Clock clock;

	TreasuryAudit(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * Writes the event's line unless it is already written.
	 * @param key what makes the event itself, e.g. {@code payout-run-exported:PR-...};
	 * the line's id is {@code aud-<key>}
	 * @param actor the ACCOUNTS or ADMIN user who acted
	 * @param action what was done, e.g. {@code PAYOUT_RUN_EXPORTED}
	 * @param subjectType one of this class's subjects
	 * @param subjectId the subject's id
	 * @param details the facts (no full account number ever)
	 * @return done, whether this call wrote the line or found it written
	 */
	public Mono<Void> once(String key, MarketplaceUser actor, String action, String subjectType, String subjectId,
			Map<String, ?> details) {
		AuditEvent event = new AuditEvent("aud-" + key, this.clock.instant(), actor.id(),
				actor.roles().stream().map(Enum::name).sorted().toList(), action, subjectType, subjectId, null,
				(details != null) ? new LinkedHashMap<String, Object>(details) : null);
		return this.trail.append(event).then().onErrorResume(DuplicateKeyException.class, (ex) -> Mono.empty());
	}

}
