package ladakh.crafts.marketplace.sellers.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal.Kind;

/**
 * An artisan's application for registration, and the state machine it goes through:
 * SUBMITTED → TEST_SCHEDULED → TEST_PASSED or TEST_FAILED → APPROVED (or REJECTED by an
 * officer before approval). Each method refuses a move the rules do not allow; the
 * repository persists the result only if the stored status is still the one this instance
 * was loaded with ({@link #loadedStatus()}).
 */
public final class ArtisanApplication {

	private static final Set<ApplicationStatus> REJECTABLE = Set.of(ApplicationStatus.SUBMITTED,
			ApplicationStatus.TEST_SCHEDULED, ApplicationStatus.TEST_PASSED);

	private final String id;

	private final String reference;

	private final Applicant applicant;

	private final String photoId;

	private final String enteredBy;

	private final Instant createdAt;

	private final ApplicationStatus loadedStatus;

	private ApplicationStatus status;

	private PracticalTest test;

	private Decision decision;

	private String sellerId;

	private String registrationNumber;

	private Instant updatedAt;

	ArtisanApplication(String id, String reference, ApplicationStatus status, Applicant applicant, String photoId,
			String enteredBy, PracticalTest test, Decision decision, String sellerId, String registrationNumber,
			Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.reference = reference;
		this.status = status;
		this.loadedStatus = status;
		this.applicant = applicant;
		this.photoId = photoId;
		this.enteredBy = enteredBy;
		this.test = test;
		this.decision = decision;
		this.sellerId = sellerId;
		this.registrationNumber = registrationNumber;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static ArtisanApplication submit(String id, String reference, Applicant applicant, String photoId, String enteredBy,
			Instant at) {
		return new ArtisanApplication(id, reference, ApplicationStatus.SUBMITTED, applicant, photoId, enteredBy, null,
				null, null, null, at, at);
	}

	/**
	 * The seller id an approved application gets: fixed, so a retry finds the same one.
	 */
	static String sellerIdFor(String applicationId) {
		return "art-" + applicationId.substring(applicationId.indexOf('-') + 1);
	}

	/** An officer fixes the practical test: day, place and instructor. */
	void scheduleTest(LocalDate date, String place, String instructorId, String officerId, Instant at) {
		require(ApplicationStatus.SUBMITTED, "registration.refused.schedule");
		this.test = new PracticalTest(date, place, instructorId, officerId, null, null, null, null);
		move(ApplicationStatus.TEST_SCHEDULED, at);
	}

	/**
	 * The instructor records the marks; the policy decides pass or fail. An instructor
	 * may record only a test assigned to them; an officer may record any.
	 */
	void recordTest(Marks marks, String remarks, StaffMember by, PassingPolicy policy, Instant at) {
		require(ApplicationStatus.TEST_SCHEDULED, "registration.refused.marks");
		if (!by.supervises() && !by.id().equals(this.test.instructorId())) {
			throw new RegistrationRefused(Kind.FORBIDDEN, "registration.refused.notAssigned");
		}
		if (this.test.date() != null && IndiaTime.dayOf(at).isBefore(this.test.date())) {
			// Marks are for a test that was held: from its day on, in India time.
			throw new RegistrationRefused(Kind.CONFLICT, "registration.refused.marksBeforeTest",
					IndiaTime.day(this.test.date()));
		}
		this.test = this.test.recorded(marks, remarks, by.id(), at);
		move(policy.passes(marks) ? ApplicationStatus.TEST_PASSED : ApplicationStatus.TEST_FAILED, at);
	}

	/** An officer approves an applicant who passed the test. */
	void approve(String officerId, Instant at) {
		require(ApplicationStatus.TEST_PASSED, "registration.refused.approve");
		this.decision = new Decision(officerId, at, null);
		move(ApplicationStatus.APPROVED, at);
	}

	/** An officer rejects an application that is still open, giving a reason. */
	void reject(String officerId, String reason, Instant at) {
		if (!REJECTABLE.contains(this.status)) {
			throw new RegistrationRefused(Kind.CONFLICT, "registration.refused.reject", this.status);
		}
		if (reason == null || reason.isBlank()) {
			throw new RegistrationRefused(Kind.INVALID, "registration.refused.reasonRequired");
		}
		this.decision = new Decision(officerId, at, reason.strip());
		move(ApplicationStatus.REJECTED, at);
	}

	/** True once approved but before the registration number was recorded. */
	boolean awaitsRegistrationNumber() {
		return this.status == ApplicationStatus.APPROVED && this.registrationNumber == null;
	}

	private void require(ApplicationStatus expected, String messageKey) {
		if (this.status != expected) {
			throw new RegistrationRefused(Kind.CONFLICT, messageKey, this.status);
		}
	}

	private void move(ApplicationStatus next, Instant at) {
		this.status = next;
		this.updatedAt = at;
	}

	public String id() {
		return this.id;
	}

	public String reference() {
		return this.reference;
	}

	public ApplicationStatus status() {
		return this.status;
	}

	ApplicationStatus loadedStatus() {
		return this.loadedStatus;
	}

	public Applicant applicant() {
		return this.applicant;
	}

	public String photoId() {
		return this.photoId;
	}

	public String enteredBy() {
		return this.enteredBy;
	}

	public PracticalTest test() {
		return this.test;
	}

	public Decision decision() {
		return this.decision;
	}

	public String sellerId() {
		return this.sellerId;
	}

	public String registrationNumber() {
		return this.registrationNumber;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/** True when the given staff member may see this application. */
	public boolean visibleTo(StaffMember member) {
		return member.seesEverything()
				|| (this.test != null && member.id().equals(this.test.instructorId()) && member.isInstructor());
	}

}
