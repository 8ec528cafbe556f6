package ladakh.crafts.marketplace.system.audit;

import java.time.Duration;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the audit trail's indexes at start, before anything else runs. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditIndexes implements ApplicationRunner {

	private final AuditTrail trail;

	AuditIndexes(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.trail.createIndexes().block(Duration.ofMinutes(1));
	}

}
