package ladakh.crafts.marketplace.sellers.registration;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start, finishes approvals that a crash left without a registration number (see
 * docs/decisions/0012-registration-numbers.md), and creates this area's indexes.
 */
@Component
class StalledApprovalsRunner implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(StalledApprovalsRunner.class);

	private static final Duration TIMEOUT = Duration.ofMinutes(1);

	private final RegistrationDecisions decisions;

	private final RegistrationIndexes indexes;

	StalledApprovalsRunner(RegistrationDecisions decisions, RegistrationIndexes indexes) {
		this.decisions = decisions;
		this.indexes = indexes;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.indexes.create().block(TIMEOUT);
		Long completed = this.decisions.completeStalledApprovals().block(TIMEOUT);
		if (completed != null && completed > 0) {
			logger.warn("Completed " + completed + " approval(s) that had no registration number yet");
		}
	}

}
