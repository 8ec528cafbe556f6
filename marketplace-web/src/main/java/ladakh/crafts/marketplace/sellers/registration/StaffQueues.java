package ladakh.crafts.marketplace.sellers.registration;

import java.time.Instant;
import java.util.List;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Backlog;
import ladakh.crafts.marketplace.shared.Page;
import ladakh.crafts.marketplace.shared.WaitingAges;
import ladakh.crafts.marketplace.system.audit.AuditEvent;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The staff console's work queues and audit trail.
 */
@Service
public class StaffQueues {

	/** A queue's page: the length the queues had before they were paged. */
	private static final int QUEUE_PAGE = 100;

	private final ApplicationRepository applications;

	private final AuditTrail audit;

	StaffQueues(ApplicationRepository applications, AuditTrail audit) {
		this.applications = applications;
		this.audit = audit;
	}

	/** Submitted applications waiting for an officer to schedule the test. */
	public Mono<Page<ArtisanApplication>> awaitingTest(StaffMember viewer, After after) {
		return viewer.seesEverything() ? byChange(ApplicationStatus.SUBMITTED, after) : none();
	}

	/**
	 * Scheduled tests: an instructor sees their own (soonest first), an officer or a
	 * reviewer all.
	 */
	public Mono<Page<ArtisanApplication>> testsToRecord(StaffMember viewer, After after) {
		if (viewer.seesEverything()) {
			return byChange(ApplicationStatus.TEST_SCHEDULED, after);
		}
		return viewer.isInstructor()
				? this.applications.scheduledFor(viewer.id(), after, QUEUE_PAGE + 1)
					.collectList()
					.map((read) -> Page.of(read, QUEUE_PAGE,
							(application) -> After.of(application.test().date().toString(), application.id())))
				: none();
	}

	/** Passed tests waiting for an officer's approval. */
	public Mono<Page<ArtisanApplication>> approvalsPending(StaffMember viewer, After after) {
		return viewer.seesEverything() ? byChange(ApplicationStatus.TEST_PASSED, after) : none();
	}

	/** How many applications wait in a state, and for how long the oldest has. */
	public Mono<Backlog> backlog(ApplicationStatus status) {
		return this.applications.backlog(status);
	}

	/** The applications waiting in a state by how long they have, by {@code now}. */
	public Mono<WaitingAges> ages(ApplicationStatus status, Instant now) {
		return WaitingAges.counted(now, (from, before) -> this.applications.countChanged(status, from, before));
	}

	private Mono<Page<ArtisanApplication>> byChange(ApplicationStatus status, After after) {
		return this.applications.withStatus(status, after, QUEUE_PAGE + 1)
			.collectList()
			.map((read) -> Page.of(read, QUEUE_PAGE,
					(application) -> After.of(application.updatedAt(), application.id())));
	}

	private static Mono<Page<ArtisanApplication>> none() {
		return Mono.just(new Page<>(List.of(), null));
	}

	/** Everything staff did to an application or seller, oldest first. */
	public Flux<AuditEvent> auditTrail(String subjectType, String subjectId) {
		return this.audit.about(subjectType, subjectId);
	}

}
