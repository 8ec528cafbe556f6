package ladakh.crafts.marketplace.exhibitions.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import ladakh.crafts.marketplace.exhibitions.Exhibition;
import ladakh.crafts.marketplace.exhibitions.ExhibitionDates;
import ladakh.crafts.marketplace.exhibitions.ExhibitionDesk;
import ladakh.crafts.marketplace.exhibitions.ReservedCategory;
import ladakh.crafts.marketplace.exhibitions.ReservedClaim;
import ladakh.crafts.marketplace.exhibitions.ReservedClaims;
import ladakh.crafts.marketplace.exhibitions.StallApplication;
import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The officers' exhibition pages: the list, a new exhibition, and its facts (name, place,
 * dates, the call for applications). A post that succeeds redirects; a refused one shows
 * the form again with each message beside its field (409 when another officer saved
 * first).
 */
@Controller
class StaffExhibitionPages {

	private final ExhibitionDesk desk;

	private final CraftNames craftNames;

	private final FormTexts texts;

	private final ReservedClaims claims;

	StaffExhibitionPages(ExhibitionDesk desk, CraftNames craftNames, FormTexts texts, ReservedClaims claims) {
		this.claims = claims;
		this.desk = desk;
		this.craftNames = craftNames;
		this.texts = texts;
	}

	@GetMapping("/staff/exhibitions")
	Mono<Rendering> list(@RequestParam(required = false) String after, Locale locale) {
		return this.desk.page(After.parse(after))
			.map((page) -> Rendering.view("exhibitions/staff/list")
				.modelAttribute("exhibitionRows", page.items().stream().map((e) -> Row.of(e, locale)).toList())
				.modelAttribute("next", page.nextAfter())
				.build());
	}

	@GetMapping("/staff/exhibitions/new")
	Mono<Rendering> newForm() {
		return form(null, ExhibitionForm.empty(), Map.of(), HttpStatus.OK, null);
	}

	@PostMapping("/staff/exhibitions")
	Mono<Rendering> create(@Valid @ModelAttribute ExhibitionForm form, BindingResult result,
			@AuthenticationPrincipal MarketplaceUser officer, Locale locale) {
		return Mono.defer(() -> {
			Map<String, List<String>> errors = this.texts.beside(result, form.problems(), locale);
			if (!errors.isEmpty()) {
				return form(null, form, errors, HttpStatus.BAD_REQUEST, null);
			}
			return Mono.fromCallable(form::facts)
				.flatMap((facts) -> this.desk.announce(officer, facts))
				.map((saved) -> Rendering.redirectTo("/staff/exhibitions/" + saved.id() + "?done=created").build())
				.onErrorResume(Refusal.class, (ex) -> refused(null, form, ex, locale));
		});
	}

	@GetMapping("/staff/exhibitions/{id}")
	Mono<Rendering> edit(@PathVariable String id, @RequestParam(required = false) String done) {
		return this.desk.find(id)
			.flatMap((exhibition) -> form(exhibition, ExhibitionForm.of(exhibition), Map.of(), HttpStatus.OK,
					("created".equals(done) || "saved".equals(done)) ? done : null));
	}

	@PostMapping("/staff/exhibitions/{id}")
	Mono<Rendering> save(@PathVariable String id, @Valid @ModelAttribute ExhibitionForm form, BindingResult result,
			@AuthenticationPrincipal MarketplaceUser officer, Locale locale) {
		return this.desk.find(id).flatMap((exhibition) -> {
			Map<String, List<String>> errors = this.texts.beside(result, form.problems(), locale);
			if (!errors.isEmpty()) {
				return form(exhibition, form, errors, HttpStatus.BAD_REQUEST, null);
			}
			return Mono.fromCallable(form::facts)
				.flatMap((facts) -> this.desk.revise(officer, id, form.readVersion(), facts))
				.map((saved) -> Rendering.redirectTo("/staff/exhibitions/" + id + "?done=saved").build())
				.onErrorResume(Refusal.class, (ex) -> refused(exhibition, form, ex, locale));
		});
	}

	@GetMapping("/staff/exhibitions/{id}/applications")
	Mono<Rendering> applications(@PathVariable String id, @RequestParam(required = false) String after,
			@RequestParam(required = false) String done, Locale locale) {
		return applicationsPage(id, After.parse(after), "claim".equals(done), null, HttpStatus.OK, locale);
	}

	/**
	 * An officer verifies or rejects a reserved-category claim, with a reason
	 * (docs/decisions/0065); refused: the page again with the reason and 400 or 409.
	 */
	@PostMapping("/staff/exhibitions/{id}/applications/{applicationId}/claims/{category}")
	Mono<Rendering> decideClaim(@AuthenticationPrincipal MarketplaceUser officer, @PathVariable String id,
			@PathVariable String applicationId, @PathVariable String category, @ModelAttribute ClaimForm form,
			Locale locale) {
		return Mono.fromCallable(() -> ReservedCategory.valueOf(category))
			.onErrorMap(IllegalArgumentException.class, (ex) -> Refusal.notFound("exhibitions.claim.notFound"))
			.flatMap((claimed) -> this.claims.decide(officer, id, applicationId, claimed, form.verified(),
					form.reason()))
			.map((decided) -> Rendering.redirectTo("/staff/exhibitions/" + id + "/applications?done=claim").build())
			.onErrorResume(Refusal.class,
					(ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND) ? Mono.error(ex)
							: applicationsPage(id, null, false,
									this.texts.text(ex.messageKey(), locale, ex.arguments()),
									RefusalStatus.of(ex.kind()), locale));
	}

	private Mono<Rendering> applicationsPage(String id, After after, boolean decided, String problem, HttpStatus status,
			Locale locale) {
		return Mono.zip(this.desk.applications(id, after), this.craftNames.all())
			.flatMap((found) -> this.claims.of(found.getT1().applications().stream().map(StallApplication::id).toList())
				.map((claims) -> Rendering.view("exhibitions/staff/applications")
					.status(status)
					.modelAttribute("exhibition", found.getT1().exhibition())
					.modelAttribute("applicationRows",
							found.getT1()
								.applications()
								.stream()
								.map((application) -> ApplicationRow.of(application, found.getT1().names(),
										found.getT2(), locale))
								.toList())
					.modelAttribute("claims", claims)
					.modelAttribute("byOfficer", ReservedClaim.BY_OFFICER.stream().map(Enum::name).toList())
					.modelAttribute("decided", decided)
					.modelAttribute("problem", problem)
					.modelAttribute("next", found.getT1().next())
					.build()));
	}

	/** An officer's decision on a claim as posted: verify or reject, and why. */
	record ClaimForm(String decision, String reason) {

		boolean verified() {
			return "verify".equals(this.decision);
		}

	}

	/**
	 * The form again with the refusal's words; after another officer's save, with what is
	 * stored now (and its version), so a second try starts from it.
	 */
	private Mono<Rendering> refused(Exhibition exhibition, ExhibitionForm form, Refusal ex, Locale locale) {
		if (ex.kind() == Refusal.Kind.NOT_FOUND) {
			return Mono.error(ex);
		}
		if ("exhibitions.stale".equals(ex.messageKey()) && exhibition != null) {
			return this.desk.find(exhibition.id())
				.flatMap((now) -> form(now, ExhibitionForm.of(now), this.texts.beside(ex, locale),
						RefusalStatus.of(ex.kind()), null));
		}
		return form(exhibition, form, this.texts.beside(ex, locale), RefusalStatus.of(ex.kind()), null);
	}

	private Mono<Rendering> form(Exhibition exhibition, ExhibitionForm form, Map<String, List<String>> errors,
			HttpStatus status, String done) {
		return this.craftNames.all()
			.map((names) -> Rendering.view("exhibitions/staff/form")
				.status(status)
				.modelAttribute("exhibition", exhibition)
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("problem", errors.getOrDefault("", List.of()))
				.modelAttribute("done", done)
				.modelAttribute("kinds", ExhibitionForm.KINDS)
				.modelAttribute("craftOptions",
						names.entrySet()
							.stream()
							.map((craft) -> new CraftOption(craft.getKey(), craft.getValue()))
							.sorted(Comparator.comparing(CraftOption::id))
							.toList())
				.build());
	}

	/**
	 * An application in the officers' list.
	 *
	 * @param seller the seller's name
	 * @param sellerId for the link to the seller's record
	 * @param sellerKind the seller's kind
	 * @param kind the stall kind wanted
	 * @param size width x depth in metres
	 * @param crafts craft names
	 * @param listings how many listings they will show
	 * @param status applied or withdrawn
	 * @param appliedOn the day it was made
	 */
	record ApplicationRow(String id, String seller, String sellerId, String sellerKind, String kind, String size,
			String crafts, int listings, String status, String appliedOn) {

		static ApplicationRow of(ladakh.crafts.marketplace.exhibitions.StallApplication application,
				Map<String, String> names, Map<String, LocalizedText> craftNames, Locale locale) {
			String crafts = String.join(", ",
					application.crafts()
						.stream()
						.map((slug) -> craftNames.containsKey(slug) ? craftNames.get(slug).in(locale) : slug)
						.toList());
			return new ApplicationRow(application.id(),
					names.getOrDefault(application.sellerId(), application.sellerId()), application.sellerId(),
					(application.sellerKind() != null) ? application.sellerKind().name() : "ARTISAN",
					application.kind().name(),
					java.math.BigDecimal.valueOf(application.widthDm(), 1).stripTrailingZeros().toPlainString() + " × "
							+ java.math.BigDecimal.valueOf(application.depthDm(), 1)
								.stripTrailingZeros()
								.toPlainString()
							+ " m",
					crafts, application.listingIds().size(), application.status().name(),
					ladakh.crafts.marketplace.shared.IndiaTime
						.day(ladakh.crafts.marketplace.shared.IndiaTime.dayOf(application.appliedAt()))
						.in(locale));
		}

	}

	/**
	 * A craft the form offers.
	 *
	 * @param id its slug
	 * @param name in English and Hindi
	 */
	record CraftOption(String id, LocalizedText name) {
	}

	/**
	 * An exhibition in the officers' list.
	 *
	 * @param id its id, for links
	 * @param name in the reader's language
	 * @param where venue and town
	 * @param dates its days
	 * @param stalls stalls in its plan
	 * @param call whether it has a call for applications
	 */
	record Row(String id, String name, String where, String dates, int stalls, boolean call) {

		static Row of(Exhibition exhibition, Locale locale) {
			String where = (exhibition.venue() != null) ? exhibition.venue() + ", " + exhibition.place()
					: exhibition.place();
			return new Row(exhibition.id(), exhibition.name().in(locale), where,
					ExhibitionDates.span(exhibition.startsOn(), exhibition.endsOn(), locale),
					exhibition.plan().stalls().size(), exhibition.call() != null);
		}

	}

}
