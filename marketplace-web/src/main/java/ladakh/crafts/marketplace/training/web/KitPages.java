package ladakh.crafts.marketplace.training.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.TrainingCentres;
import ladakh.crafts.marketplace.training.kits.KitApplication;
import ladakh.crafts.marketplace.training.kits.KitApplications;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * Tool kits at a subsidy, for officers: the applications, a centre's ex-trainees who may
 * apply (an officer enters the application for them), and an application's page where it
 * is approved, its share recorded as paid, and the kit issued from the store.
 */
@Controller
class KitPages {

	private final KitApplications kits;

	private final TrainingCentres centres;

	private final MessageSource messages;

	KitPages(KitApplications kits, TrainingCentres centres, MessageSource messages) {
		this.kits = kits;
		this.centres = centres;
		this.messages = messages;
	}

	@GetMapping("/staff/kits")
	Mono<Rendering> list(@RequestParam(required = false) String centre, @RequestParam(required = false) String after) {
		return list(centre, after, Map.of(), HttpStatus.OK);
	}

	@PostMapping("/staff/kits")
	Mono<Rendering> apply(@ModelAttribute ApplyForm form, @AuthenticationPrincipal MarketplaceUser user,
			Locale locale) {
		return this.kits.apply(value(form.centreId()), value(form.batchId()), value(form.traineeId()), user)
			.map((kit) -> Rendering.redirectTo("/staff/kits/" + kit.id() + "?done=applied").build())
			.onErrorResume(Refusal.class, (ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND) ? Mono.<Rendering>error(ex)
					: list(form.centreId(), null, Map.of("", List.of(words(ex, locale))), RefusalStatus.of(ex.kind())));
	}

	@GetMapping("/staff/kits/{id}")
	Mono<Rendering> detail(@PathVariable String id, @RequestParam(required = false) String done) {
		return this.kits.find(id).flatMap((kit) -> detail(kit, done, Map.of(), HttpStatus.OK));
	}

	@PostMapping("/staff/kits/{id}/approval")
	Mono<Rendering> approve(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return moved(id, this.kits.approve(id, user), "approved", "", locale);
	}

	@PostMapping("/staff/kits/{id}/payment")
	Mono<Rendering> pay(@PathVariable String id, @ModelAttribute PaymentForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return moved(id, this.kits.recordPayment(id, form.reference(), user), "issued", "reference", locale);
	}

	@PostMapping("/staff/kits/{id}/issue")
	Mono<Rendering> issue(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return moved(id, this.kits.issue(id, user), "issued", "", locale);
	}

	/** After a move: the page again, or the refusal's words beside its field. */
	private Mono<Rendering> moved(String id, Mono<KitApplication> move, String done, String field, Locale locale) {
		return move.map((kit) -> Rendering.redirectTo("/staff/kits/" + kit.id() + "?done=" + done).build())
			.onErrorResume(Refusal.class, (ex) -> {
				if (ex.kind() == Refusal.Kind.NOT_FOUND) {
					return Mono.error(ex);
				}
				String at = (ex.field() != null) ? ex.field() : "";
				Map<String, List<String>> errors = new LinkedHashMap<>();
				errors.put(at, List.of(words(ex, locale)));
				return this.kits.find(id).flatMap((kit) -> detail(kit, null, errors, RefusalStatus.of(ex.kind())));
			});
	}

	private Mono<Rendering> list(String centre, String after, Map<String, List<String>> errors, HttpStatus status) {
		String chosen = (centre != null && !centre.isBlank()) ? centre.strip() : null;
		Mono<java.util.Optional<KitApplications.Eligible>> eligible = (chosen == null)
				? Mono.just(java.util.Optional.empty()) : this.kits.eligible(chosen).map(java.util.Optional::of);
		return Mono.zip(this.kits.page(After.parse(after)), this.centres.page(null), eligible)
			.map((read) -> Rendering.view("training/kits/list")
				.status(status)
				.modelAttribute("kits", read.getT1().items())
				.modelAttribute("next", read.getT1().nextAfter())
				.modelAttribute("centres", read.getT2().items())
				.modelAttribute("chosen", chosen)
				.modelAttribute("eligible", read.getT3().orElse(null))
				.modelAttribute("problem", errors.getOrDefault("", List.of()))
				.build());
	}

	private Mono<Rendering> detail(KitApplication kit, String done, Map<String, List<String>> errors,
			HttpStatus status) {
		Mono<java.util.Optional<ladakh.crafts.marketplace.payments.PaymentInstructions>> instructions = (kit
			.status() == KitApplication.Status.APPROVED)
					? this.kits.paymentInstructions(kit).map(java.util.Optional::of)
					: Mono.just(java.util.Optional.empty());
		return Mono.zip(this.centres.find(kit.centreId()), instructions.defaultIfEmpty(java.util.Optional.empty()))
			.map((read) -> Rendering.view("training/kits/detail")
				.status(status)
				.modelAttribute("kit", kit)
				.modelAttribute("centre", read.getT1())
				.modelAttribute("instructions", read.getT2().orElse(null))
				.modelAttribute("done", done)
				.modelAttribute("errors", errors)
				.modelAttribute("problem", errors.getOrDefault("", List.of()))
				.build());
	}

	private String words(Refusal ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
	}

	private static String value(String typed) {
		return (typed != null) ? typed.strip() : "";
	}

	/** Whom an officer applies for: the centre, the batch completed, the trainee. */
	record ApplyForm(String centreId, String batchId, String traineeId) {

	}

	/** The beneficiary's share as paid: the counter receipt or transfer reference. */
	record PaymentForm(String reference) {

	}

}
