package ladakh.crafts.marketplace.training.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.Scheme;
import ladakh.crafts.marketplace.training.Schemes;
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
 * The training schemes for staff: the list, and a scheme with its rate history, where an
 * officer sets a new monthly stipend from a date on (with the reason).
 */
@Controller
class SchemePages {

	private final Schemes schemes;

	private final MessageSource messages;

	SchemePages(Schemes schemes, MessageSource messages) {
		this.schemes = schemes;
		this.messages = messages;
	}

	@GetMapping("/staff/training/schemes")
	Mono<Rendering> list(@RequestParam(required = false) String after) {
		return this.schemes.page(After.parse(after))
			.map((page) -> Rendering.view("training/schemes/list")
				.modelAttribute("schemes", page.items())
				.modelAttribute("today", this.schemes.today())
				.modelAttribute("next", page.nextAfter())
				.build());
	}

	@GetMapping("/staff/training/schemes/{id}")
	Mono<Rendering> detail(@PathVariable String id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal MarketplaceUser user) {
		return this.schemes.find(id)
			.map((scheme) -> page(scheme, RateForm.empty(scheme), Map.of(), HttpStatus.OK, "rateChanged".equals(done),
					user));
	}

	@PostMapping("/staff/training/schemes/{id}/rates")
	Mono<Rendering> changeRate(@PathVariable String id, @ModelAttribute RateForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return this.schemes.find(id).flatMap((scheme) -> Mono.defer(() -> {
			Money rate = Money.parse(value(form.rate()));
			LocalDate from = date(value(form.effectiveFrom()));
			return this.schemes.changeRate(id, form.readVersion(), rate, from, value(form.reason()), user);
		})
			.map((saved) -> Rendering.redirectTo("/staff/training/schemes/" + id + "?done=rateChanged").build())
			.onErrorResume(Refusal.class, (ex) -> refused(scheme, form, ex, user, locale)));
	}

	/**
	 * The page again with the refusal's words beside its field; after another officer's
	 * change, with what is stored now (and its version), so a second try starts from it.
	 */
	private Mono<Rendering> refused(Scheme scheme, RateForm form, Refusal ex, MarketplaceUser user, Locale locale) {
		if (ex.kind() == Refusal.Kind.NOT_FOUND) {
			return Mono.error(ex);
		}
		String field = "training.scheme.stale".equals(ex.messageKey()) ? ""
				: (ex.field() != null) ? ex.field() : "rate";
		Map<String, List<String>> errors = new LinkedHashMap<>();
		errors.put(field, List.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale)));
		HttpStatus status = RefusalStatus.of(ex.kind());
		if (field.isEmpty()) {
			return this.schemes.find(scheme.id())
				.map((now) -> page(now, form.at(now.version()), errors, status, false, user));
		}
		return Mono.just(page(scheme, form, errors, status, false, user));
	}

	private Rendering page(Scheme scheme, RateForm form, Map<String, List<String>> errors, HttpStatus status,
			boolean changed, MarketplaceUser user) {
		LocalDate today = this.schemes.today();
		return Rendering.view("training/schemes/detail")
			.status(status)
			.modelAttribute("scheme", scheme)
			.modelAttribute("rateToday", scheme.rateOn(today).orElse(null))
			.modelAttribute("announced", scheme.ratesAfter(today))
			.modelAttribute("form", form)
			.modelAttribute("errors", errors)
			.modelAttribute("problem", errors.getOrDefault("", List.of()))
			.modelAttribute("changed", changed)
			.modelAttribute("canEdit", user.managesDepartment())
			.build();
	}

	private static String value(String typed) {
		return (typed != null) ? typed : "";
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * A new rate as typed: rupees a month, the first day it applies, why, and the
	 * scheme's version the officer read.
	 */
	record RateForm(String rate, String effectiveFrom, String reason, String version) {

		static RateForm empty(Scheme scheme) {
			return new RateForm("", "", "", Long.toString(scheme.version()));
		}

		RateForm at(long version) {
			return new RateForm(this.rate, this.effectiveFrom, this.reason, Long.toString(version));
		}

		long readVersion() {
			try {
				return Long.parseLong(value(this.version).strip());
			}
			catch (NumberFormatException ex) {
				return -1;
			}
		}

	}

}
