package ladakh.crafts.marketplace.exhibitions;

import java.util.Map;

import ladakh.crafts.marketplace.system.audit.AuditEvent;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Every officer's move on an exhibition (its facts, its plan, the draw, a stall given or
 * taken back by hand, a fee recorded or refused) in the department's audit trail, with
 * the exhibition as its subject, so its officers' page lists them.
 */
@Service
public class ExhibitionAudit {

	static final String SUBJECT = "EXHIBITION";

	/** The most entries the exhibition's page shows. */
	static final int SHOWN = 200;

	private final AuditTrail trail;

	ExhibitionAudit(AuditTrail trail) {
		this.trail = trail;
	}

	Mono<AuditEvent> record(MarketplaceUser actor, String action, String exhibitionId, String reason,
			Map<String, ?> details) {
		return this.trail.record(actor, action, SUBJECT, exhibitionId, reason, details);
	}

	/** What was done to an exhibition, oldest first. */
	public Flux<AuditEvent> of(String exhibitionId) {
		return this.trail.about(SUBJECT, exhibitionId).take(SHOWN);
	}

}
