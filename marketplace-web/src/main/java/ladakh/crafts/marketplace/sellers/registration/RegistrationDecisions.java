package ladakh.crafts.marketplace.sellers.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.marketplace.sellers.ArtisanApproved;
import ladakh.crafts.marketplace.sellers.ArtisanDetails;
import ladakh.crafts.marketplace.sellers.Seller;
import ladakh.crafts.marketplace.sellers.SellerRepository;
import ladakh.crafts.marketplace.shared.Refusal.Kind;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The staff's moves on an application: schedule the test, record it, approve or reject.
 * Each loads the application, lets the aggregate decide, and saves conditionally on the
 * status it was loaded with, so of two people acting at once exactly one succeeds and the
 * other is told someone was first.
 */
@Service
public class RegistrationDecisions {

	/** An approval left without a number this long ago was cut short, not in progress. */
	static final Duration STALLED_AFTER = Duration.ofMinutes(2);

	private final ApplicationRepository applications;

	private final RegistrationNumberRepository numbers;

	private final SellerRepository sellers;

	private final RegistrationLookups lookups;

	private final AuditTrail audit;

	private final PassingPolicy policy;

	private final RegistrationProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RegistrationDecisions(ApplicationRepository applications, RegistrationNumberRepository numbers,
			SellerRepository sellers, RegistrationLookups lookups, AuditTrail audit, PassingPolicy policy,
			RegistrationProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.numbers = numbers;
		this.sellers = sellers;
		this.lookups = lookups;
		this.audit = audit;
		this.policy = policy;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** The application, if this member of staff may see it. */
	public Mono<ArtisanApplication> find(String id, StaffMember viewer) {
		return this.applications.findById(id)
			.filter((application) -> application.visibleTo(viewer))
			.switchIfEmpty(Mono.error(new RegistrationRefused(Kind.NOT_FOUND, "registration.refused.notFound")));
	}

	public Mono<ArtisanApplication> scheduleTest(String id, LocalDate date, String place, String instructorId,
			StaffMember officer) {
		if (!officer.supervises()) {
			return requireOfficer(officer).then(Mono.empty());
		}
		if (date == null || date.isBefore(LocalDate.now(this.clock))) {
			return Mono.error(new RegistrationRefused(Kind.INVALID, "registration.refused.testDate"));
		}
		if (place == null || place.isBlank()) {
			return Mono.error(new RegistrationRefused(Kind.INVALID, "registration.refused.testPlace"));
		}
		Instant now = this.clock.instant();
		return this.lookups.instructors()
			.any((instructor) -> instructor.id().equals(instructorId))
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(new RegistrationRefused(Kind.INVALID, "registration.refused.instructor")))
			.then(find(id, officer))
			.flatMap((application) -> {
				application.scheduleTest(date, place.strip(), instructorId, officer.id(), now);
				return save(application).then(record(officer, now, "TEST_SCHEDULED", application, null,
						Map.of("date", date.toString(), "place", place.strip(), "instructorId", instructorId)));
			});
	}

	public Mono<ArtisanApplication> recordTest(String id, Marks marks, String remarks, StaffMember by) {
		if (!by.supervises() && !by.isInstructor()) {
			return Mono.error(new RegistrationRefused(Kind.FORBIDDEN, "registration.refused.notAssigned"));
		}
		Instant now = this.clock.instant();
		String cleanRemarks = (remarks != null && !remarks.isBlank()) ? remarks.strip() : null;
		// Not find(): an instructor who is not assigned is told so (403), not "no such
		// application", because the aggregate decides who may record.
		return this.applications.findById(id)
			.switchIfEmpty(Mono.error(new RegistrationRefused(Kind.NOT_FOUND, "registration.refused.notFound")))
			.flatMap((application) -> {
				application.recordTest(marks, cleanRemarks, by, this.policy, now);
				Map<String, Object> details = new LinkedHashMap<>();
				details.put("technique", marks.technique());
				details.put("finish", marks.finish());
				details.put("design", marks.design());
				details.put("speed", marks.speed());
				details.put("total", marks.total());
				details.put("remarks", cleanRemarks);
				return save(application).then(record(by, now, application.status().name(), application, null, details));
			});
	}

	/**
	 * Approves, then issues the number and creates the seller. The number is taken only
	 * after the approval itself was saved, so a lost race takes no number.
	 */
	public Mono<ArtisanApplication> approve(String id, StaffMember officer) {
		Instant now = this.clock.instant();
		return requireOfficer(officer).then(find(id, officer)).flatMap((application) -> {
			application.approve(officer.id(), now);
			return save(application).then(record(officer, now, "APPLICATION_APPROVED", application, null, Map.of()))
				.then(completeApproval(application, officer));
		});
	}

	public Mono<ArtisanApplication> reject(String id, String reason, StaffMember officer) {
		Instant now = this.clock.instant();
		return requireOfficer(officer).then(find(id, officer)).flatMap((application) -> {
			application.reject(officer.id(), reason, now);
			return save(application).then(record(officer, now, "APPLICATION_REJECTED", application,
					application.decision().reason(), Map.of()));
		});
	}

	/**
	 * Finishes approvals that were saved but not given a number (the process stopped in
	 * between). Safe to run any number of times.
	 * @return how many were completed
	 */
	public Mono<Long> completeStalledApprovals() {
		StaffMember system = new StaffMember("system", Set.of());
		return this.applications.approvedWithoutNumber(this.clock.instant().minus(STALLED_AFTER))
			.concatMap((application) -> completeApproval(application, system))
			.count();
	}

	private Mono<ArtisanApplication> completeApproval(ArtisanApplication application, StaffMember actor) {
		LocalDate approvedOn = LocalDate.ofInstant(application.decision().at(), this.clock.getZone());
		String sellerId = ArtisanApplication.sellerIdFor(application.id());
		District district = application.applicant().district();
		return this.numbers.next(district, application.applicant().primaryCraft(), approvedOn.getYear())
			.flatMap((number) -> this.applications.recordRegistration(application.id(), number.toString(), sellerId)
				.flatMap((recorded) -> recorded ? Mono.just(number) : Mono.empty()))
			.flatMap((number) -> this.sellers
				.insertIfAbsent(registeredArtisan(application, sellerId,
						new Seller.Registration(number.toString(), approvedOn,
								approvedOn.plus(this.properties.validity()), application.id()),
						this.clock.instant()))
				.then(this.audit.append(StaffAudit.event(actor, this.clock.instant(), "REGISTRATION_NUMBER_ISSUED",
						StaffAudit.APPLICATION, application.id(), null,
						Map.of("registrationNumber", number.toString(), "sellerId", sellerId))))
				.then(Mono.fromRunnable(() -> this.events
					.publishEvent(new ArtisanApproved(sellerId, application.id(), application.applicant().name(),
							application.applicant().mobile().digits(), number.toString())))))
			.then(this.applications.findById(application.id()));
	}

	private static Seller registeredArtisan(ArtisanApplication application, String sellerId,
			Seller.Registration registration, Instant at) {
		Applicant a = application.applicant();
		ArtisanDetails details = new ArtisanDetails(a.parentage(), a.gender(), a.dateOfBirth().getYear(),
				a.yearsOfPractice(), a.trainingCentreId(), null);
		return Seller.registeredArtisan(sellerId, a.name(),
				new Seller.Place(a.district().name(), a.block(), a.village()), a.crafts(), registration, a.mobile(),
				application.photoId(), details, at);
	}

	private Mono<Void> save(ArtisanApplication application) {
		return this.applications.saveTransition(application)
			.filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(new RegistrationRefused(Kind.CONFLICT, "registration.refused.raced")))
			.then();
	}

	private Mono<ArtisanApplication> record(StaffMember actor, Instant at, String action,
			ArtisanApplication application, String reason, Map<String, Object> details) {
		return this.audit
			.append(StaffAudit.event(actor, at, action, StaffAudit.APPLICATION, application.id(), reason, details))
			.thenReturn(application);
	}

	private static Mono<Void> requireOfficer(StaffMember member) {
		return member.supervises() ? Mono.empty()
				: Mono.error(new RegistrationRefused(Kind.FORBIDDEN, "registration.refused.officerOnly"));
	}

}
