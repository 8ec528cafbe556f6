package ladakh.crafts.marketplace.training.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.StipendMonths;
import ladakh.crafts.marketplace.training.StipendRegister;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A batch's stipends for a month: the officer computes the month, reviews each line (days
 * present of working days, rate, amount, why), approves it and records it paid with the
 * bank's or the DBT reference, and corrects a month by a line of its own. An instructor
 * of the centre may look.
 */
@Controller
class StipendPages {

	private static final String BASE = "/staff/centres/{id}/batches/{batchId}/stipends";

	private final StipendMonths stipends;

	private final StipendRegister register;

	private final MessageSource messages;

	StipendPages(StipendMonths stipends, StipendRegister register, MessageSource messages) {
		this.stipends = stipends;
		this.register = register;
		this.messages = messages;
	}

	@GetMapping(BASE)
	Mono<Rendering> month(@PathVariable String id, @PathVariable String batchId,
			@RequestParam(required = false) String month, @RequestParam(required = false) String done,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return page(id, batchId, parse(month), user, done, null, HttpStatus.OK, locale);
	}

	@PostMapping(BASE)
	Mono<Rendering> compute(@PathVariable String id, @PathVariable String batchId, @ModelAttribute MonthForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		YearMonth month = parse(form.month());
		return Mono
			.defer(() -> (month == null) ? Mono.error(Refusal.invalid("training.stipend.refused.month"))
					: this.stipends.compute(id, batchId, month, user))
			.map((made) -> done(id, batchId, month, "computed"))
			.onErrorResume(Refusal.class, (ex) -> refused(id, batchId, month, user, ex, locale));
	}

	@PostMapping(BASE + "/{lineId}/approve")
	Mono<Rendering> approve(@PathVariable String id, @PathVariable String batchId, @PathVariable String lineId,
			@ModelAttribute MonthForm form, @AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		YearMonth month = parse(form.month());
		return this.stipends.approve(id, batchId, lineId, user)
			.map((line) -> done(id, batchId, line.month(), "approved"))
			.onErrorResume(Refusal.class, (ex) -> refused(id, batchId, month, user, ex, locale));
	}

	@PostMapping(BASE + "/{lineId}/paid")
	Mono<Rendering> paid(@PathVariable String id, @PathVariable String batchId, @PathVariable String lineId,
			@ModelAttribute PaidForm form, @AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		YearMonth month = parse(form.month());
		return this.stipends.recordPaid(id, batchId, lineId, form.reference(), user)
			.map((line) -> done(id, batchId, line.month(), "paid"))
			.onErrorResume(Refusal.class, (ex) -> refused(id, batchId, month, user, ex, locale));
	}

	@PostMapping(BASE + "/corrections")
	Mono<Rendering> correct(@PathVariable String id, @PathVariable String batchId, @ModelAttribute CorrectionForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		YearMonth month = parse(form.month());
		return Mono.defer(() -> {
			if (month == null || form.traineeId() == null) {
				return Mono.error(Refusal.invalid("training.stipend.refused.month"));
			}
			Money amount = Money.parse(form.amount());
			Money change = "less".equals(form.direction()) ? amount.negated() : amount;
			return this.stipends.correct(id, batchId, form.traineeId(), month, change, form.reason(), user);
		})
			.map((line) -> done(id, batchId, month, "corrected"))
			.onErrorResume(Refusal.class, (ex) -> refused(id, batchId, month, user, ex, locale));
	}

	/** Not found and not allowed go to the error page; the rest show on the page. */
	private Mono<Rendering> refused(String id, String batchId, YearMonth month, MarketplaceUser user, Refusal ex,
			Locale locale) {
		if (ex.kind() == Refusal.Kind.NOT_FOUND || ex.kind() == Refusal.Kind.FORBIDDEN) {
			return Mono.error(ex);
		}
		String problem = this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		return page(id, batchId, month, user, null, problem, RefusalStatus.of(ex.kind()), locale);
	}

	private Mono<Rendering> page(String id, String batchId, YearMonth month, MarketplaceUser user, String done,
			String problem, HttpStatus status, Locale locale) {
		boolean officer = user.managesDepartment();
		return this.stipends.month(id, batchId, month, user)
			.map((shown) -> Rendering.view("training/stipends/month")
				.status(status)
				.modelAttribute("shown", shown)
				.modelAttribute("canDecide", officer)
				.modelAttribute("minimumPercent", this.register.minimumPercent())
				.modelAttribute("done", (done != null && done.matches("[a-z]{1,20}")) ? done : "")
				.modelAttribute("problem", (problem != null) ? problem : "")
				.build());
	}

	private static Rendering done(String id, String batchId, YearMonth month, String what) {
		String to = UriComponentsBuilder.fromPath("/staff/centres/{id}/batches/{batchId}/stipends")
			.queryParam("month", month)
			.queryParam("done", what)
			.buildAndExpand(id, batchId)
			.encode()
			.toUriString();
		return Rendering.redirectTo(to).build();
	}

	static YearMonth parse(String month) {
		try {
			return (month != null && !month.isBlank()) ? YearMonth.parse(month.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The month a form acts on, as {@code yyyy-MM}. */
	record MonthForm(String month) {
	}

	/** The payment's reference, and the month to come back to. */
	record PaidForm(String month, String reference) {
	}

	/**
	 * A correction: whose month, how much more or less (rupees, no sign), and why.
	 */
	record CorrectionForm(String month, String traineeId, String direction, String amount, String reason) {
	}

}
