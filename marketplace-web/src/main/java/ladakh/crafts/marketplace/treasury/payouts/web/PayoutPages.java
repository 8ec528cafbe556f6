package ladakh.crafts.marketplace.treasury.payouts.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.treasury.payouts.PayeeBankAccounts;
import ladakh.crafts.marketplace.treasury.payouts.PayoutRuns;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * ACCOUNTS' payout pages: the runs (latest first) with the form to prepare one and to
 * keep a seller's bank account; a run with its seller lines, its moves, the bank file and
 * the UTR of each line paid.
 */
@Controller
class PayoutPages {

	private final PayoutRuns runs;

	private final PayeeBankAccounts banks;

	private final MessageSource messages;

	PayoutPages(PayoutRuns runs, PayeeBankAccounts banks, MessageSource messages) {
		this.runs = runs;
		this.banks = banks;
		this.messages = messages;
	}

	@GetMapping("/staff/treasury/payouts")
	Mono<Rendering> list(@RequestParam(required = false) String after, @RequestParam(required = false) String done) {
		return list(new PrepareForm(""), new BankForm("", "", "", ""), Map.of(), after, done, HttpStatus.OK);
	}

	@PostMapping("/staff/treasury/payouts")
	Mono<Rendering> prepare(@ModelAttribute PrepareForm form, @AuthenticationPrincipal MarketplaceUser user,
			Locale locale) {
		return this.runs.prepare(day(form.upTo()), user)
			.map((run) -> Rendering.redirectTo("/staff/treasury/payouts/" + run.id()).build())
			.onErrorResume(Refusal.class, (ex) -> list(form, new BankForm("", "", "", ""), errors(ex, "upTo", locale),
					null, null, RefusalStatus.of(ex.kind())));
	}

	@PostMapping("/staff/treasury/payouts/bank-accounts")
	Mono<Rendering> bank(@ModelAttribute BankForm form, @AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return this.banks.save(form.registrationNumber(), form.beneficiary(), form.accountNumber(), form.ifsc(), user)
			.map((saved) -> Rendering.redirectTo("/staff/treasury/payouts?done=bank").build())
			.onErrorResume(Refusal.class, (ex) -> list(new PrepareForm(""), form,
					errors(ex, "registrationNumber", locale), null, null, RefusalStatus.of(ex.kind())));
	}

	@GetMapping("/staff/treasury/payouts/{id}")
	Mono<Rendering> run(@PathVariable String id, @RequestParam(required = false) String done) {
		return run(id, Map.of(), "", "", done, HttpStatus.OK);
	}

	@PostMapping("/staff/treasury/payouts/{id}/review")
	Mono<Rendering> review(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user) {
		return this.runs.review(id, user).thenReturn(done(id, "reviewed"));
	}

	@PostMapping("/staff/treasury/payouts/{id}/export")
	Mono<Rendering> export(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user) {
		return this.runs.export(id, user).thenReturn(done(id, "exported"));
	}

	@PostMapping("/staff/treasury/payouts/{id}/cancel")
	Mono<Rendering> cancel(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user) {
		return this.runs.cancel(id, user).thenReturn(done(id, "cancelled"));
	}

	@PostMapping("/staff/treasury/payouts/{id}/paid")
	Mono<Rendering> paid(@PathVariable String id, @ModelAttribute PaidForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return this.runs.markPaid(id, form.sellerId(), form.utr(), user)
			.thenReturn(done(id, "paid"))
			.onErrorResume(Refusal.class,
					(ex) -> run(id, errors(ex, "utr", locale), (form.sellerId() != null) ? form.sellerId() : "",
							(ex.kind() == Refusal.Kind.INVALID) ? "" : text(ex.messageKey(), ex.arguments(), locale),
							null, RefusalStatus.of(ex.kind())));
	}

	@GetMapping("/staff/treasury/payouts/{id}/bank.csv")
	Mono<ResponseEntity<byte[]>> csv(@PathVariable String id) {
		return this.runs.bankFile(id)
			.map((file) -> ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + ".csv\"")
				.body(file.csv().getBytes(StandardCharsets.UTF_8)));
	}

	private Mono<Rendering> list(PrepareForm prepare, BankForm bank, Map<String, List<String>> errors, String after,
			String done, HttpStatus status) {
		return this.runs.latest(After.parse(after))
			.map((page) -> Rendering.view("treasury/payouts/list")
				.status(status)
				.modelAttribute("runs", page)
				.modelAttribute("prepare", prepare)
				.modelAttribute("bank", bank)
				.modelAttribute("errors", errors)
				.modelAttribute("threshold", this.runs.threshold())
				.modelAttribute("done", (done != null) ? done : "")
				.build());
	}

	private Mono<Rendering> run(String id, Map<String, List<String>> errors, String errorSeller, String problem,
			String done, HttpStatus status) {
		return this.runs.run(id)
			.zipWith(this.runs.bankFileOrEmpty(id))
			.zipWith(this.runs.lines(id).collectList())
			.map((found) -> Rendering.view("treasury/payouts/run")
				.status(status)
				.modelAttribute("run", found.getT1().getT1())
				.modelAttribute("file", found.getT1().getT2())
				.modelAttribute("lines", found.getT2())
				.modelAttribute("errors", errors)
				.modelAttribute("errorSeller", errorSeller)
				.modelAttribute("problem", problem)
				.modelAttribute("done", (done != null) ? done : "")
				.build());
	}

	private static Rendering done(String id, String what) {
		return Rendering.redirectTo("/staff/treasury/payouts/" + id + "?done=" + what).build();
	}

	private Map<String, List<String>> errors(Refusal refusal, String field, Locale locale) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		if (!refusal.problems().isEmpty()) {
			refusal.problems()
				.forEach((problem) -> errors.computeIfAbsent(problem.field(), (key) -> new java.util.ArrayList<>())
					.add(text(problem.messageKey(), problem.arguments(), locale)));
		}
		else {
			errors.put((refusal.field() != null) ? refusal.field() : field,
					List.of(text(refusal.messageKey(), refusal.arguments(), locale)));
		}
		return errors;
	}

	private String text(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	private static LocalDate day(String text) {
		try {
			return (text != null && !text.isBlank()) ? LocalDate.parse(text.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The last day a run includes, as typed. */
	record PrepareForm(String upTo) {

	}

	/**
	 * A seller's bank account as typed, the seller named by their registration number.
	 */
	record BankForm(String registrationNumber, String beneficiary, String accountNumber, String ifsc) {

	}

	/** A seller line's UTR as typed. */
	record PaidForm(String sellerId, String utr) {

	}

}
