package ladakh.crafts.marketplace.sellers.registration.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.sellers.SellerAccountIssuer;
import ladakh.crafts.marketplace.sellers.registration.ArtisanApplication;
import ladakh.crafts.marketplace.sellers.registration.FieldProblem;
import ladakh.crafts.marketplace.sellers.registration.Marks;
import ladakh.crafts.marketplace.sellers.registration.Option;
import ladakh.crafts.marketplace.sellers.registration.PassingPolicy;
import ladakh.crafts.marketplace.sellers.registration.RegistrationDecisions;
import ladakh.crafts.marketplace.sellers.registration.RegistrationLookups;
import ladakh.crafts.marketplace.sellers.registration.RegistrationRefused;
import ladakh.crafts.marketplace.sellers.registration.StaffAudit;
import ladakh.crafts.marketplace.sellers.registration.StaffMember;
import ladakh.crafts.marketplace.sellers.registration.StaffQueues;
import ladakh.crafts.marketplace.shared.After;
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
import org.springframework.web.server.WebSession;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff console: work queues and an application's page with its actions. Every action
 * redirects back to the application on success; a refusal re-renders the page with the
 * reason and a 4xx status.
 */
@Controller
class StaffPages {

	/** Session attribute (plus the application id): the sign-in issued on approval. */
	private static final String ISSUED_SIGN_IN = "staff.issuedSignIn.";

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

	/** Each queue pages on by its own parameter, the others staying where they are. */
	@GetMapping("/staff")
	Mono<Rendering> console(@AuthenticationPrincipal MarketplaceUser user,
			@RequestParam(required = false) String awaitingAfter, @RequestParam(required = false) String testsAfter,
			@RequestParam(required = false) String approvalsAfter) {
		StaffMember member = StaffMember.of(user);
		return Mono
			.zip(this.queues.awaitingTest(member, After.parse(awaitingAfter)),
					this.queues.testsToRecord(member, After.parse(testsAfter)),
					this.queues.approvalsPending(member, After.parse(approvalsAfter)))
			.map((queues) -> Rendering.view("staff/console")
				// the officers' queues: a reviewer reads them too (decision 73)
				.modelAttribute("officer", member.seesEverything())
				.modelAttribute("awaitingTest", queues.getT1().items())
				.modelAttribute("testsToRecord", queues.getT2().items())
				.modelAttribute("approvalsPending", queues.getT3().items())
				.modelAttribute("awaitingNext",
						(queues.getT1().next() != null)
								? console(queues.getT1().nextAfter(), testsAfter, approvalsAfter) : null)
				.modelAttribute("testsNext",
						(queues.getT2().next() != null)
								? console(awaitingAfter, queues.getT2().nextAfter(), approvalsAfter) : null)
				.modelAttribute("approvalsNext",
						(queues.getT3().next() != null) ? console(awaitingAfter, testsAfter, queues.getT3().nextAfter())
								: null)
				.build());
	}

	private static String console(String awaitingAfter, String testsAfter, String approvalsAfter) {
		return UriComponentsBuilder.fromPath("/staff")
			.queryParamIfPresent("awaitingAfter", Optional.ofNullable(awaitingAfter))
			.queryParamIfPresent("testsAfter", Optional.ofNullable(testsAfter))
			.queryParamIfPresent("approvalsAfter", Optional.ofNullable(approvalsAfter))
			.encode()
			.build()
			.toUriString();
	}

	@GetMapping("/staff/applications/{id}")
	Mono<Rendering> application(@PathVariable String id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal MarketplaceUser user, WebSession session, Locale locale) {
		StaffMember member = StaffMember.of(user);
		return this.decisions.find(id, member)
			.map((application) -> page(application, member, locale)
				.modelAttribute("done", this.refusals.notice(done, locale))
				.modelAttribute("signIn", issuedOnce(session, id))
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
		List<FieldProblem> problems = form.problems();
		if (!problems.isEmpty()) {
			// Shown beside each mark, with what was typed kept.
			return this.decisions.find(id, member)
				.map((application) -> marksPage(application, member, locale, form).status(HttpStatus.BAD_REQUEST)
					.modelAttribute("marksErrors", this.refusals.byField(problems, locale))
					.build())
				.onErrorMap(RegistrationRefused.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		Mono<Rendering> recorded = this.decisions.recordTest(id, form.marks(), form.remarks(), member)
			.map((application) -> Rendering.redirectTo("/staff/applications/" + id + "?done=recorded").build());
		return recorded.onErrorResume(RegistrationRefused.class, (refused) -> this.refusals.onPage(refused,
				this.decisions.find(id, member).map((application) -> marksPage(application, member, locale, form)),
				locale));
	}

	private Rendering.Builder<?> marksPage(ArtisanApplication application, StaffMember member, Locale locale,
			MarksForm form) {
		return page(application, member, locale).modelAttribute("marks", form);
	}

	@PostMapping("/staff/applications/{id}/approve")
	Mono<Rendering> approve(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user, WebSession session,
			Locale locale) {
		StaffMember member = StaffMember.of(user);
		// The artisan's first sign-in is shown once, on the page the answer sends the
		// officer to (so that reloading it repeats nothing), for the officer to hand
		// over.
		Mono<Rendering> approved = this.decisions.approve(id, member)
			.flatMap((application) -> this.signIns.issue(application.sellerId(), application.applicant().name(),
					application.applicant().mobile().digits()))
			.map((signIn) -> {
				Map<String, Object> issued = new LinkedHashMap<>();
				issued.put("login", signIn.login());
				if (signIn.initialPassword() != null) {
					issued.put("initialPassword", signIn.initialPassword());
				}
				session.getAttributes().put(ISSUED_SIGN_IN + id, issued);
				return Rendering.redirectTo("/staff/applications/" + id + "?done=approved").build();
			});
		return answer(id, member, locale, approved);
	}

	/**
	 * The sign-in issued on approval, taken from the session so that it is shown once;
	 * null when there is none.
	 */
	private static SellerAccountIssuer.IssuedSignIn issuedOnce(WebSession session, String id) {
		Object issued = session.getAttributes().remove(ISSUED_SIGN_IN + id);
		if (issued instanceof Map<?, ?> signIn && signIn.get("login") instanceof String login) {
			return new SellerAccountIssuer.IssuedSignIn(login, (String) signIn.get("initialPassword"));
		}
		return null;
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
			.modelAttribute("centreName", centreName(application.applicant().trainingCentreId()))
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

	/**
	 * The training centre the applicant names, by its name (issue 14: no ids as text).
	 */
	private Mono<String> centreName(String centreId) {
		if (centreId == null) {
			return Mono.just("");
		}
		return this.lookups.trainingCentres()
			.filter((centre) -> centre.id().equals(centreId))
			.map(Option::label)
			.next()
			.defaultIfEmpty("");
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

		/** Each mark that is not a whole number from 0 to {@link Marks#MAX}, by field. */
		List<FieldProblem> problems() {
			List<FieldProblem> problems = new ArrayList<>();
			String[][] typed = { { "technique", this.technique }, { "finish", this.finish }, { "design", this.design },
					{ "speed", this.speed } };
			for (String[] mark : typed) {
				if (mark(mark[1]) < 0) {
					problems.add(new FieldProblem(mark[0], "registration.refused.marksRange"));
				}
			}
			return problems;
		}

		/** The marks, once {@link #problems()} found none. */
		Marks marks() {
			return new Marks(mark(this.technique), mark(this.finish), mark(this.design), mark(this.speed));
		}

		/** The mark typed, or -1 when it is not a whole number in range. */
		private static int mark(String typed) {
			try {
				int mark = Integer.parseInt((typed != null) ? typed.strip() : "");
				return (mark >= 0 && mark <= Marks.MAX) ? mark : -1;
			}
			catch (NumberFormatException ex) {
				return -1;
			}
		}

	}

}
