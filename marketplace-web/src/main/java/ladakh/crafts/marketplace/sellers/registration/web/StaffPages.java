package ladakh.crafts.marketplace.sellers.registration.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.sellers.SellerAccountIssuer;
import ladakh.crafts.marketplace.sellers.registration.ArtisanApplication;
import ladakh.crafts.marketplace.sellers.registration.Marks;
import ladakh.crafts.marketplace.sellers.registration.PassingPolicy;
import ladakh.crafts.marketplace.sellers.registration.RegistrationDecisions;
import ladakh.crafts.marketplace.sellers.registration.RegistrationLookups;
import ladakh.crafts.marketplace.sellers.registration.RegistrationRefused;
import ladakh.crafts.marketplace.shared.Refusal.Kind;
import ladakh.crafts.marketplace.sellers.registration.StaffAudit;
import ladakh.crafts.marketplace.sellers.registration.StaffMember;
import ladakh.crafts.marketplace.sellers.registration.StaffQueues;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff console: work queues and an application's page with its actions. Every action
 * redirects back to the application on success; a refusal re-renders the page with the
 * reason and a 4xx status.
 */
@Controller
class StaffPages {

	private final StaffQueues queues;

	private final RegistrationDecisions decisions;

	private final RegistrationLookups lookups;

	private final Refusals refusals;

	private final SellerAccountIssuer signIns;

	private final CraftNames craftNames;

	private final AuditTrailView auditTrail;

	StaffPages(StaffQueues queues, RegistrationDecisions decisions, RegistrationLookups lookups, Refusals refusals,
			SellerAccountIssuer signIns, CraftNames craftNames, AuditTrailView auditTrail) {
		this.signIns = signIns;
		this.craftNames = craftNames;
		this.auditTrail = auditTrail;
		this.queues = queues;
		this.decisions = decisions;
		this.lookups = lookups;
		this.refusals = refusals;
	}

	@GetMapping("/staff")
	Rendering console(@AuthenticationPrincipal MarketplaceUser user) {
		StaffMember member = StaffMember.of(user);
		return Rendering.view("staff/console")
			.modelAttribute("officer", member.supervises())
			.modelAttribute("awaitingTest", this.queues.awaitingTest(member).collectList())
			.modelAttribute("testsToRecord", this.queues.testsToRecord(member).collectList())
			.modelAttribute("approvalsPending", this.queues.approvalsPending(member).collectList())
			.build();
	}

	@GetMapping("/staff/applications/{id}")
	Mono<Rendering> application(@PathVariable String id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		StaffMember member = StaffMember.of(user);
		return this.decisions.find(id, member)
			.map((application) -> page(application, member, locale)
				.modelAttribute("done", this.refusals.notice(done, locale))
				.build())
			.onErrorMap(RegistrationRefused.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping("/staff/applications/{id}/schedule")
	Mono<Rendering> schedule(@PathVariable String id, @ModelAttribute ScheduleForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		StaffMember member = StaffMember.of(user);
		return act(id, member, locale, "scheduled", Mono.defer(
				() -> this.decisions.scheduleTest(id, date(form.date()), form.place(), form.instructorId(), member)));
	}

	@PostMapping("/staff/applications/{id}/marks")
	Mono<Rendering> marks(@PathVariable String id, @ModelAttribute MarksForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		StaffMember member = StaffMember.of(user);
		return act(id, member, locale, "recorded",
				Mono.defer(() -> this.decisions.recordTest(id, form.marks(), form.remarks(), member)));
	}

	@PostMapping("/staff/applications/{id}/approve")
	Mono<Rendering> approve(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		StaffMember member = StaffMember.of(user);
		// The artisan's first sign-in is shown once, on this answer, for the officer to
		// hand over.
		Mono<Rendering> approved = this.decisions.approve(id, member)
			.flatMap((application) -> this.signIns
				.issue(application.sellerId(), application.applicant().name(),
						application.applicant().mobile().digits())
				.map((signIn) -> page(application, member, locale)
					.modelAttribute("done", this.refusals.text("staff.done.approved", locale))
					.modelAttribute("signIn", signIn)
					.build()));
		return answer(id, member, locale, approved);
	}

	@PostMapping("/staff/applications/{id}/reject")
	Mono<Rendering> reject(@PathVariable String id, @ModelAttribute ReasonForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		StaffMember member = StaffMember.of(user);
		return act(id, member, locale, "rejected", Mono.defer(() -> this.decisions.reject(id, form.reason(), member)));
	}

	private Mono<Rendering> act(String id, StaffMember member, Locale locale, String done,
			Mono<ArtisanApplication> action) {
		return answer(id, member, locale, action
			.map((application) -> Rendering.redirectTo("/staff/applications/" + id + "?done=" + done).build()));
	}

	private Mono<Rendering> answer(String id, StaffMember member, Locale locale, Mono<Rendering> action) {
		return action.onErrorResume(RegistrationRefused.class, (refused) -> this.refusals.onPage(refused,
				this.decisions.find(id, member).map((application) -> page(application, member, locale)), locale));
	}

	private Rendering.Builder<?> page(ArtisanApplication application, StaffMember member, Locale locale) {
		return Rendering.view("staff/application")
			.modelAttribute("app", application)
			.modelAttribute("craftNames", this.craftNames.names(application.applicant().crafts(), locale))
			.modelAttribute("instructorName", instructorName(application))
			.modelAttribute("officer", member.supervises())
			.modelAttribute("mobile", member.mobileAsSeen(application.applicant().mobile().digits()))
			.modelAttribute("mayRecord",
					member.supervises() || (member.isInstructor() && application.test() != null
							&& member.id().equals(application.test().instructorId())))
			.modelAttribute("instructors", this.lookups.instructors().collectList())
			.modelAttribute("audit",
					this.auditTrail.lines(this.queues.auditTrail(StaffAudit.APPLICATION, application.id()), locale))
			.modelAttribute("passMark", PassingPolicy.MINIMUM_PER_CRITERION)
			.modelAttribute("passTotal", PassingPolicy.MINIMUM_TOTAL);
	}

	/** The test's instructor by name; their id when they are not a known user. */
	private Mono<String> instructorName(ArtisanApplication application) {
		String id = (application.test() != null) ? application.test().instructorId() : null;
		if (id == null) {
			return Mono.just("");
		}
		return this.lookups.staffNames(List.of(id)).map((names) -> names.getOrDefault(id, id));
	}

	private static LocalDate date(String text) {
		try {
			return (text != null && !text.isBlank()) ? LocalDate.parse(text.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** When the practical test is held, where, and by whom. */
	record ScheduleForm(String date, String place, String instructorId) {
	}

	/** The practical test's four marks as typed, and the instructor's remarks. */
	record MarksForm(String technique, String finish, String design, String speed, String remarks) {

		/** The marks; any that is not a whole number in range is refused as a whole. */
		Marks marks() {
			try {
				return new Marks(mark(this.technique), mark(this.finish), mark(this.design), mark(this.speed));
			}
			catch (IllegalArgumentException ex) {
				throw new RegistrationRefused(Kind.INVALID, "registration.refused.marksRange");
			}
		}

		private static int mark(String typed) {
			return Integer.parseInt((typed != null) ? typed.strip() : "");
		}

	}

}
