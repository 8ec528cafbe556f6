package ladakh.crafts.marketplace.sellers;

import ladakh.crafts.marketplace.sellers.registration.ApplicationStatus;
import ladakh.crafts.marketplace.sellers.registration.StaffQueues;
import ladakh.crafts.marketplace.shared.Backlog;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Artisan applications waiting on the department, for the dashboards: each a count and
 * the age of the oldest, read from the queues' own index.
 */
@Service
public class RegistrationBacklogs {

	private final StaffQueues queues;

	RegistrationBacklogs(StaffQueues queues) {
		this.queues = queues;
	}

	/** Submitted applications waiting for a practical test to be scheduled. */
	public Mono<Backlog> awaitingTest() {
		return this.queues.backlog(ApplicationStatus.SUBMITTED);
	}

	/** Scheduled tests whose marks are not yet recorded. */
	public Mono<Backlog> testsToRecord() {
		return this.queues.backlog(ApplicationStatus.TEST_SCHEDULED);
	}

	/** Passed tests waiting for an officer's approval. */
	public Mono<Backlog> awaitingApproval() {
		return this.queues.backlog(ApplicationStatus.TEST_PASSED);
	}

}
