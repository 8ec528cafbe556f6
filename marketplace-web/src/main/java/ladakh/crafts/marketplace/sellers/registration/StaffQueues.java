package ladakh.crafts.marketplace.sellers.registration;

import ladakh.crafts.marketplace.system.audit.AuditEvent;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Service;

/**
 * The staff console's work queues and audit trail.
 */
@Service
public class StaffQueues {

	private static final int QUEUE_LIMIT = 100;

	private final ApplicationRepository applications;

	private final AuditTrail audit;

	StaffQueues(ApplicationRepository applications, AuditTrail audit) {
		this.applications = applications;
		this.audit = audit;
	}

	/** Submitted applications waiting for an officer to schedule the test. */
	public Flux<ArtisanApplication> awaitingTest(StaffMember viewer) {
		return viewer.supervises() ? this.applications.withStatus(ApplicationStatus.SUBMITTED, QUEUE_LIMIT)
				: Flux.empty();
	}

	/** Scheduled tests: an instructor sees their own, an officer sees all. */
	public Flux<ArtisanApplication> testsToRecord(StaffMember viewer) {
		if (viewer.supervises()) {
			return this.applications.withStatus(ApplicationStatus.TEST_SCHEDULED, QUEUE_LIMIT);
		}
		return viewer.isInstructor() ? this.applications.scheduledFor(viewer.id(), QUEUE_LIMIT) : Flux.empty();
	}

	/** Passed tests waiting for an officer's approval. */
	public Flux<ArtisanApplication> approvalsPending(StaffMember viewer) {
		return viewer.supervises() ? this.applications.withStatus(ApplicationStatus.TEST_PASSED, QUEUE_LIMIT)
				: Flux.empty();
	}

	/** Everything staff did to an application or seller, oldest first. */
	public Flux<AuditEvent> auditTrail(String subjectType, String subjectId) {
		return this.audit.about(subjectType, subjectId);
	}

}
