package ladakh.crafts.marketplace.sellers.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.media.DecodeSlots;
import ladakh.crafts.marketplace.media.PhotoStore.Kind;
import ladakh.crafts.marketplace.media.PhotoStore.NewPhoto;
import ladakh.crafts.marketplace.media.PhotoStore;
import ladakh.crafts.marketplace.sellers.registration.ApplicationRules.Checked;
import ladakh.crafts.marketplace.shared.MobileNumber;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
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

	private final AuditTrail audit;

	private final ApplicationThrottle throttle;

	private final RegistrationProperties properties;

	private final Clock clock;

	ArtisanRegistration(ApplicationRepository applications, RegistrationLookups lookups, PortraitPhotos portraits,
			PhotoStore photos, AuditTrail audit, ApplicationThrottle throttle, RegistrationProperties properties,
			Clock clock) {
		this.applications = applications;
		this.lookups = lookups;
		this.portraits = portraits;
		this.photos = photos;
		this.audit = audit;
		this.throttle = throttle;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Checks and saves an application. Nothing is stored unless every field is valid: the
	 * photo is stored only after the checks pass, and removed again if the application
	 * cannot be saved. The photo is decoded only once every other check has passed (its
	 * header is read before, so a file that is no JPEG or PNG, or has too many pixels, is
	 * reported with the other problems); and an application from the public form is
	 * counted against its client address first.
	 * @param draft the form as filled in
	 * @param enteredBy the officer entering it on the applicant's behalf, or null
	 * @param clientAddress where the public form came from (null for an officer's entry)
	 * @return the reference, the problems field by field, or a refusal to try later
	 */
	public Mono<ApplyOutcome> apply(ApplicationDraft draft, StaffMember enteredBy, String clientAddress) {
		LocalDate today = LocalDate.now(this.clock);
		Mono<Set<String>> crafts = this.lookups.craftIds().collect(HashSet::new, Set::add);
		Mono<Set<String>> centres = this.lookups.trainingCentres().map(Option::id).collect(HashSet::new, Set::add);
		return Mono.zip(crafts, centres)
			.map((known) -> withPhotoHeader(ApplicationRules.check(draft, today, known.getT1(), known.getT2()), draft))
			.flatMap((checked) -> (checked.applicant() != null) ? checkHistory(checked, today) : Mono.just(checked))
			.flatMap((checked) -> {
				if (checked.applicant() == null) {
					return Mono.just(new ApplyOutcome.Invalid(checked.problems()));
				}
				if (enteredBy != null) {
					return save(checked.applicant(), draft, enteredBy);
				}
				return this.throttle.admit(clientAddress)
					.flatMap((wait) -> wait.isZero() ? save(checked.applicant(), draft, null)
							: Mono.just(new ApplyOutcome.Throttled(wait)));
			});
	}

	/**
	 * Problems in other fields do not hide a photo that is not one we take; its header
	 * says so without decoding it.
	 */
	private static Checked withPhotoHeader(Checked checked, ApplicationDraft draft) {
		boolean photoChecked = checked.problems().stream().anyMatch((problem) -> problem.field().equals("photo"));
		FieldProblem header = photoChecked ? null : PortraitPhotos.headerProblem(draft.photo().bytes());
		if (header == null) {
			return checked;
		}
		return new Checked(null, concat(checked.problems(), header));
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
			.onErrorResume(PortraitPhotos.UnreadablePhoto.class,
					(ex) -> Mono.just(new ApplyOutcome.Invalid(List.of(ex.problem()))))
			.onErrorResume(DecodeSlots.Busy.class, (ex) -> Mono.just(new ApplyOutcome.Busy()));
	}

	private Mono<ArtisanApplication> auditEntry(ArtisanApplication saved, StaffMember enteredBy, Instant at) {
		if (enteredBy == null) {
			return Mono.just(saved);
		}
		return this.audit.append(StaffAudit.event(enteredBy, at, "APPLICATION_ENTERED", StaffAudit.APPLICATION,
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
