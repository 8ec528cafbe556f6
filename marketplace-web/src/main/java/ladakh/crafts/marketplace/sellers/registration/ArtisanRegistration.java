package ladakh.crafts.marketplace.sellers.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.media.PhotoStore;
import ladakh.crafts.marketplace.media.PhotoStore.Kind;
import ladakh.crafts.marketplace.media.PhotoStore.NewPhoto;
import ladakh.crafts.marketplace.sellers.registration.ApplicationRules.Checked;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Taking in applications: online by the artisan, or entered by an officer on their
 * behalf; and the applicant's own status check.
 */
@Service
public class ArtisanRegistration {

	private final ApplicationRepository applications;

	private final RegistrationLookups lookups;

	private final PortraitPhotos portraits;

	private final PhotoStore photos;

	private final AuditLog audit;

	private final RegistrationProperties properties;

	private final Clock clock;

	ArtisanRegistration(ApplicationRepository applications, RegistrationLookups lookups, PortraitPhotos portraits,
			PhotoStore photos, AuditLog audit, RegistrationProperties properties, Clock clock) {
		this.applications = applications;
		this.lookups = lookups;
		this.portraits = portraits;
		this.photos = photos;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Checks and saves an application. Nothing is stored unless every field is valid: the
	 * photo is stored only after the checks pass, and removed again if the application
	 * cannot be saved.
	 * @param draft the form as filled in
	 * @param enteredBy the officer entering it on the applicant's behalf, or null
	 * @return the reference, or the problems field by field
	 */
	public Mono<ApplyOutcome> apply(ApplicationDraft draft, StaffMember enteredBy) {
		LocalDate today = LocalDate.now(this.clock);
		Mono<Set<String>> crafts = this.lookups.craftIds().collect(HashSet::new, Set::add);
		Mono<Set<String>> centres = this.lookups.trainingCentres().map(Option::id).collect(HashSet::new, Set::add);
		return Mono.zip(crafts, centres)
			.map((known) -> ApplicationRules.check(draft, today, known.getT1(), known.getT2()))
			.flatMap((checked) -> (checked.applicant() != null) ? checkHistory(checked, today)
					: withPhotoProblems(checked.problems(), draft))
			.flatMap((checked) -> (checked.applicant() != null) ? save(checked.applicant(), draft, enteredBy)
					: Mono.just(new ApplyOutcome.Invalid(checked.problems())));
	}

	/** Problems in other fields do not hide a photo that is not an image. */
	private Mono<Checked> withPhotoProblems(List<FieldProblem> problems, ApplicationDraft draft) {
		boolean photoChecked = problems.stream().anyMatch((problem) -> problem.field().equals("photo"));
		if (photoChecked) {
			return Mono.just(new Checked(null, problems));
		}
		return this.portraits.reencode(draft.photo().bytes())
			.map((jpeg) -> new Checked(null, problems))
			.onErrorResume(PortraitPhotos.UnreadablePhoto.class, (ex) -> Mono.just(new Checked(null,
					concat(problems, new FieldProblem("photo", "registration.error.photoUnreadable")))));
	}

	/**
	 * One open application per mobile number; a failed applicant waits before trying
	 * again; a registered artisan does not apply twice.
	 */
	private Mono<Checked> checkHistory(Checked checked, LocalDate today) {
		return this.applications.latestByMobile(checked.applicant().mobile()).map((previous) -> {
			FieldProblem problem = historyProblem(previous, today);
			return (problem == null) ? checked : new Checked(null, List.of(problem));
		}).defaultIfEmpty(checked);
	}

	private FieldProblem historyProblem(ArtisanApplication previous, LocalDate today) {
		return switch (previous.status()) {
			case REJECTED -> null;
			case APPROVED -> new FieldProblem("mobile", "registration.error.alreadyRegistered");
			case TEST_FAILED -> {
				Instant failedAt = (previous.test().recordedAt() != null) ? previous.test().recordedAt()
						: previous.updatedAt();
				LocalDate allowedFrom = LocalDate.ofInstant(failedAt, this.clock.getZone())
					.plus(this.properties.reapplyWait());
				yield today.isBefore(allowedFrom)
						? new FieldProblem("mobile", "registration.error.reapplyWait", allowedFrom.toString()) : null;
			}
			default -> new FieldProblem("mobile", "registration.error.openApplication", previous.reference());
		};
	}

	private Mono<ApplyOutcome> save(Applicant applicant, ApplicationDraft draft, StaffMember enteredBy) {
		String id = "app-" + UUID.randomUUID();
		String photoId = "photo-" + id;
		Instant now = this.clock.instant();
		ArtisanApplication application = ArtisanApplication.submit(id, ReferenceCodes.next(), applicant, photoId,
				(enteredBy != null) ? enteredBy.id() : null, now);
		return this.portraits.reencode(draft.photo().bytes())
			.flatMap((jpeg) -> this.photos.store(new NewPhoto(photoId, "image/jpeg", Kind.IMAGE, id, jpeg))
				.then(this.applications.insert(application))
				.onErrorResume((ex) -> this.photos.delete(photoId).then(Mono.error(ex)))
				.flatMap((saved) -> auditEntry(saved, enteredBy, now))
				.<ApplyOutcome>map((saved) -> new ApplyOutcome.Submitted(saved.id(), saved.reference())))
			.onErrorResume(PortraitPhotos.UnreadablePhoto.class, (ex) -> Mono.just(new ApplyOutcome.Invalid(
					List.of(new FieldProblem("photo", "registration.error.photoUnreadable")))));
	}

	private Mono<ArtisanApplication> auditEntry(ArtisanApplication saved, StaffMember enteredBy, Instant at) {
		if (enteredBy == null) {
			return Mono.just(saved);
		}
		return this.audit.append(StaffAudit.event(enteredBy, at, "APPLICATION_ENTERED", AuditEvent.APPLICATION,
				saved.id(), null, Map.of("reference", saved.reference())))
			.thenReturn(saved);
	}

	/**
	 * The applicant's own view of their application: only with the right reference and
	 * mobile number together, and then only the status, never the personal details.
	 * @return the status, or empty when the two do not match an application
	 */
	public Mono<ApplicantStatus> status(String reference, String mobile) {
		MobileNumber number;
		try {
			number = MobileNumber.parse(mobile);
		}
		catch (IllegalArgumentException ex) {
			return Mono.empty();
		}
		return this.applications.findByReference(ReferenceCodes.normalise(reference))
			.filter((application) -> application.applicant().mobile().equals(number))
			.map(ApplicantStatus::of);
	}

	private static List<FieldProblem> concat(List<FieldProblem> problems, FieldProblem problem) {
		List<FieldProblem> all = new java.util.ArrayList<>(problems);
		all.add(problem);
		return all;
	}

}
