package ladakh.crafts.marketplace.sellers;

import java.time.Instant;

import ladakh.crafts.marketplace.sellers.registration.ApplicationStatus;
import ladakh.crafts.marketplace.sellers.registration.StaffQueues;
import ladakh.crafts.marketplace.shared.Backlog;
import ladakh.crafts.marketplace.shared.WaitingAges;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Artisan applications waiting on the department, for the dashboards: each a count and
 * the age of the oldest, and how many by how long they have waited, read from the queues'
 * own index.
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

	/** {@link #awaitingTest()} by how long each has waited, by {@code now}. */
	public Mono<WaitingAges> awaitingTestByAge(Instant now) {
		return this.queues.ages(ApplicationStatus.SUBMITTED, now);
	}

	/** {@link #testsToRecord()} by how long each has waited, by {@code now}. */
	public Mono<WaitingAges> testsToRecordByAge(Instant now) {
		return this.queues.ages(ApplicationStatus.TEST_SCHEDULED, now);
	}

	/** {@link #awaitingApproval()} by how long each has waited, by {@code now}. */
	public Mono<WaitingAges> awaitingApprovalByAge(Instant now) {
		return this.queues.ages(ApplicationStatus.TEST_PASSED, now);
	}

}
