package ladakh.crafts.marketplace.treasury.payouts.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.treasury.payouts.OfflineRefunds;

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
 * ACCOUNTS' queue of refunds owed offline, the oldest first, each with the form to record
 * how it was paid back (the errors beside the fields of the refund that was sent).
 */
@Controller
class RefundQueuePages {

	private final OfflineRefunds refunds;

	private final MessageSource messages;

	RefundQueuePages(OfflineRefunds refunds, MessageSource messages) {
		this.refunds = refunds;
		this.messages = messages;
	}

	@GetMapping("/staff/treasury/refunds")
	Mono<Rendering> queue(@RequestParam(required = false) String after, @RequestParam(required = false) String done) {
		return page(after, new PaidBackForm("", "", ""), "", Map.of(), "", (done != null) ? done : "", HttpStatus.OK);
	}

	@PostMapping("/staff/treasury/refunds/{partId}")
	Mono<Rendering> record(@PathVariable String partId, @ModelAttribute PaidBackForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return this.refunds.record(partId, form.mode(), form.reference(), form.paidOn(), user)
			.thenReturn(Rendering.redirectTo("/staff/treasury/refunds?done=recorded").build())
			.onErrorResume(Refusal.class, (ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND) ? Mono.error(ex)
					: page(null, form, partId, errors(ex, locale), (ex.kind() == Refusal.Kind.INVALID) ? ""
							: this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale), "",
							RefusalStatus.of(ex.kind())));
	}

	private Mono<Rendering> page(String after, PaidBackForm form, String errorPart, Map<String, List<String>> errors,
			String problem, String done, HttpStatus status) {
		return this.refunds.queue(After.parse(after))
			.map((queue) -> Rendering.view("treasury/payouts/refunds")
				.status(status)
				.modelAttribute("queue", queue)
				.modelAttribute("form", form)
				.modelAttribute("errorPart", errorPart)
				.modelAttribute("errors", errors)
				.modelAttribute("problem", problem)
				.modelAttribute("done", done)
				.build());
	}

	private Map<String, List<String>> errors(Refusal refusal, Locale locale) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		refusal.problems()
			.forEach((problem) -> errors.computeIfAbsent(problem.field(), (key) -> new ArrayList<>())
				.add(this.messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
						locale)));
		if (errors.isEmpty()) {
			errors.put((refusal.field() != null) ? refusal.field() : "reference", List
				.of(this.messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(), locale)));
		}
		return errors;
	}

	/** A repayment as typed: mode, reference, day. */
	record PaidBackForm(String mode, String reference, String paidOn) {

	}

}
