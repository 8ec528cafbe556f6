package ladakh.crafts.marketplace.sellers.registration.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.registration.ApplicationDraft;
import ladakh.crafts.marketplace.sellers.registration.ApplyOutcome;
import ladakh.crafts.marketplace.sellers.registration.ArtisanRegistration;
import ladakh.crafts.marketplace.sellers.registration.RegistrationLookups;
import ladakh.crafts.marketplace.sellers.registration.StaffMember;
import ladakh.crafts.marketplace.system.security.ClientAddresses;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;

/**
 * The artisan's application form (also entered by an officer on someone's behalf), the
 * confirmation with the reference, and the applicant's status check.
 */
@Controller
class ApplicationPages {

	private static final String FORM = "registration/apply";

	private final ArtisanRegistration registration;

	private final RegistrationLookups lookups;

	private final Refusals refusals;

	private final ClientAddresses clientAddresses;

	ApplicationPages(ArtisanRegistration registration, RegistrationLookups lookups, Refusals refusals,
			ClientAddresses clientAddresses) {
		this.registration = registration;
		this.lookups = lookups;
		this.refusals = refusals;
		this.clientAddresses = clientAddresses;
	}

	@GetMapping("/register/artisan")
	Rendering form(Locale locale) {
		return form(ApplicationDraft.empty(), Map.of(), "/register/artisan", false, locale).build();
	}

	@PostMapping("/register/artisan")
	Mono<Rendering> apply(@ModelAttribute ApplicationForm form, ServerWebExchange exchange, Locale locale) {
		return submit(form, exchange, locale, null, "/register/artisan");
	}

	@GetMapping("/staff/applications/new")
	Rendering staffForm(Locale locale) {
		return form(ApplicationDraft.empty(), Map.of(), "/staff/applications/new", true, locale).build();
	}

	@PostMapping("/staff/applications/new")
	Mono<Rendering> staffApply(@ModelAttribute ApplicationForm form, ServerWebExchange exchange, Locale locale,
			@AuthenticationPrincipal MarketplaceUser officer) {
		return submit(form, exchange, locale, StaffMember.of(officer), "/staff/applications/new");
	}

	@GetMapping("/register/artisan/submitted")
	Rendering submitted(@RequestParam(defaultValue = "") String reference) {
		return Rendering.view("registration/submitted").modelAttribute("reference", reference).build();
	}

	@GetMapping("/register/status")
	Rendering statusForm() {
		return Rendering.view("registration/status")
			.modelAttribute("reference", "")
			.modelAttribute("mobile", "")
			.build();
	}

	@PostMapping("/register/status")
	Mono<Rendering> status(@ModelAttribute StatusForm form, Locale locale) {
		String shownReference = (form.reference() != null) ? form.reference() : "";
		String shownMobile = (form.mobile() != null) ? form.mobile() : "";
		return this.registration.status(form.reference(), form.mobile())
			.map((status) -> statusPage(shownReference, shownMobile).modelAttribute("status", status).build())
			.switchIfEmpty(Mono.fromSupplier(() -> statusPage(shownReference, shownMobile).status(HttpStatus.NOT_FOUND)
				.modelAttribute("notFound", this.refusals.text("registration.status.notFound", locale))
				.build()));
	}

	/** The status check: the reference and the mobile number it was given with. */
	record StatusForm(String reference, String mobile) {
	}

	private static Rendering.Builder<?> statusPage(String reference, String mobile) {
		return Rendering.view("registration/status")
			.modelAttribute("reference", reference)
			.modelAttribute("mobile", mobile);
	}

	/**
	 * The public form's applications are counted per client address; an officer's entries
	 * are not.
	 */
	private Mono<Rendering> submit(ApplicationForm form, ServerWebExchange exchange, Locale locale,
			StaffMember enteredBy, String action) {
		String consentText = this.refusals.text("registration.consent.text", locale);
		String clientAddress = (enteredBy == null) ? this.clientAddresses.of(exchange) : null;
		return form.draft(consentText)
			.flatMap((draft) -> this.registration.apply(draft, enteredBy, clientAddress)
				.map((outcome) -> answer(outcome, draft, enteredBy, action, locale)));
	}

	private Rendering answer(ApplyOutcome outcome, ApplicationDraft draft, StaffMember enteredBy, String action,
			Locale locale) {
		boolean staffEntry = enteredBy != null;
		if (outcome instanceof ApplyOutcome.Submitted submitted) {
			return Rendering
				.redirectTo(staffEntry ? "/staff/applications/" + submitted.applicationId()
						: "/register/artisan/submitted?reference=" + submitted.reference())
				.build();
		}
		if (outcome instanceof ApplyOutcome.Throttled throttled) {
			long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
			return form(draft.withoutPhoto(), Map.of(), action, staffEntry, locale).status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfter().toSeconds()))
				.modelAttribute("refusal",
						this.refusals.text("registration.error.tooManyApplications", locale, minutes))
				.build();
		}
		if (outcome instanceof ApplyOutcome.Busy) {
			return form(draft.withoutPhoto(),
					Map.of("photo", List.of(this.refusals.text("registration.error.photoBusy", locale))), action,
					staffEntry, locale)
				.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, "30")
				.build();
		}
		ApplyOutcome.Invalid invalid = (ApplyOutcome.Invalid) outcome;
		return form(draft.withoutPhoto(), this.refusals.byField(invalid.problems(), locale), action, staffEntry, locale)
			.status(HttpStatus.BAD_REQUEST)
			.build();
	}

	private Rendering.Builder<?> form(ApplicationDraft draft, Map<String, ?> errors, String action, boolean staffEntry,
			Locale locale) {
		return Rendering.view(FORM)
			.modelAttribute("form", draft)
			.modelAttribute("errors", errors)
			.modelAttribute("action", action)
			.modelAttribute("staffEntry", staffEntry)
			.modelAttribute("crafts", this.lookups.crafts(locale).collectList())
			.modelAttribute("centres", this.lookups.trainingCentres().collectList());
	}

}
