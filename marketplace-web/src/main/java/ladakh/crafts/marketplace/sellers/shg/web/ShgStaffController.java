package ladakh.crafts.marketplace.sellers.shg.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.sellers.ManagerSignIns;
import ladakh.crafts.marketplace.sellers.SellerAccountIssuer.IssuedSignIn;
import ladakh.crafts.marketplace.sellers.SellerLoginRefusedException;
import ladakh.crafts.marketplace.sellers.shg.FundRefusedException;
import ladakh.crafts.marketplace.sellers.shg.RevolvingFund;
import ladakh.crafts.marketplace.sellers.shg.SelfHelpGroups;
import ladakh.crafts.marketplace.sellers.shg.ShgMembersInvalidException;
import ladakh.crafts.marketplace.sellers.shg.ShgNotFoundException;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.system.FormErrors;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Staff pages for SHGs: list, new SHG, detail with members and the revolving fund ledger,
 * approval, ledger entries. Accounts staff see the same pages without the buttons.
 */
@Controller
class ShgStaffController {

	private final SelfHelpGroups groups;

	private final RevolvingFund fund;

	private final MessageSource messages;

	private final Clock clock;

	private final ManagerSignIns signIns;

	private final FormErrors formErrors;

	private final CraftNames craftNames;

	ShgStaffController(SelfHelpGroups groups, RevolvingFund fund, MessageSource messages, Clock clock,
			ManagerSignIns signIns, FormErrors formErrors, CraftNames craftNames) {
		this.craftNames = craftNames;
		this.formErrors = formErrors;
		this.groups = groups;
		this.signIns = signIns;
		this.fund = fund;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/staff/shgs")
	Mono<Rendering> list(@RequestParam(required = false) String after, @AuthenticationPrincipal MarketplaceUser user) {
		// Accounts staff read the funds; only officers register a new group.
		boolean mayRegister = user.managesDepartment();
		return this.groups.page(After.parse(after))
			.map((page) -> Rendering.view("sellers/shg/list")
				.modelAttribute("groups", page.items())
				.modelAttribute("next", page.nextAfter())
				.modelAttribute("mayRegister", mayRegister)
				.build());
	}

	@GetMapping("/staff/shgs/new")
	Rendering newForm() {
		return newFormPage(ShgForm.empty(), Map.of(), HttpStatus.OK);
	}

	@PostMapping("/staff/shgs")
	Mono<Rendering> create(@Valid @ModelAttribute ShgForm form, BindingResult result,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return Mono.defer(() -> {
			Map<String, List<String>> problems = problems(result, form.problems(LocalDate.now(this.clock)));
			if (!problems.isEmpty()) {
				return Mono
					.just(newFormPage(form.withoutAccountNumber(), resolve(problems, locale), HttpStatus.BAD_REQUEST));
			}
			return this.groups.create(form.toNewGroup(), user)
				.map((id) -> Rendering.redirectTo("/staff/shgs/" + id + "?done=created").build())
				.onErrorResume(ShgMembersInvalidException.class,
						(ex) -> Mono.just(newFormPage(form.withoutAccountNumber(),
								resolve(Map.of("memberIds", List.of("shg.form.memberIds.unknown")), locale),
								HttpStatus.BAD_REQUEST)));
		});
	}

	@GetMapping("/staff/shgs/{id}")
	Mono<Rendering> detail(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user,
			ServerWebExchange exchange) {
		String done = exchange.getRequest().getQueryParams().getFirst("done");
		return detailPage(id, user, FundEntryForm.defaults(), Map.of(), HttpStatus.OK, done);
	}

	@PostMapping("/staff/shgs/{id}/approval")
	Mono<Rendering> approve(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user) {
		return this.groups.approve(id, user)
			.onErrorMap(ShgNotFoundException.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND))
			.map((approved) -> {
				if (!approved) {
					throw new ResponseStatusException(HttpStatus.CONFLICT, "This SHG is not awaiting approval.");
				}
				return Rendering.redirectTo("/staff/shgs/" + id + "?done=approved").build();
			});
	}

	@PostMapping("/staff/shgs/{id}/fund-entries")
	Mono<Rendering> addEntry(@PathVariable String id, @Valid @ModelAttribute FundEntryForm form, BindingResult result,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return Mono.defer(() -> {
			Map<String, List<String>> problems = problems(result, form.problems());
			if (!problems.isEmpty()) {
				return detailPage(id, user, form, resolve(problems, locale), HttpStatus.BAD_REQUEST, null);
			}
			return this.fund.record(id, form.kindValue(), form.amount(), form.note(), user)
				.map((entry) -> Rendering.redirectTo("/staff/shgs/" + id + "?done=recorded").build())
				.onErrorResume(FundRefusedException.class, (ex) -> detailPage(id, user, form,
						resolve(Map.of("amountRupees", List.of("shg.fund.refused." + ex.reason().name())), locale),
						HttpStatus.CONFLICT, null));
		}).onErrorMap(ShgNotFoundException.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * Gives the manager of an approved SHG its seller sign-in; the answer shows the
	 * one-time password once, for the officer to hand over.
	 */
	@PostMapping("/staff/shgs/{id}/sign-in")
	Mono<Rendering> issueSignIn(@PathVariable String id, @ModelAttribute ManagerSignInForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return Mono.defer(() -> {
			String login = (form.login() != null) ? form.login().strip() : "";
			return this.groups.find(id).flatMap((group) -> {
				if (!"ACTIVE".equals(group.status())) {
					return detailPage(id, user, FundEntryForm.defaults(), Map.of(), HttpStatus.CONFLICT, null,
							new SignInAnswer(null, login, "staff.signIn.manager.shgNotActive"));
				}
				if (login.isEmpty() || login.length() > 254) {
					return loginRefused(id, user, login,
							new SellerLoginRefusedException(SellerLoginRefusedException.Reason.UNUSABLE, login),
							locale);
				}
				return this.signIns.issue("SHG", id, group.name(), login, user)
					.flatMap((signIn) -> detailPage(id, user, FundEntryForm.defaults(), Map.of(), HttpStatus.OK, null,
							new SignInAnswer(signIn, "", null)))
					.onErrorResume(SellerLoginRefusedException.class,
							(ex) -> loginRefused(id, user, login, ex, locale));
			});
		}).onErrorMap(ShgNotFoundException.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Mono<Rendering> loginRefused(String id, MarketplaceUser user, String login,
			SellerLoginRefusedException refused, Locale locale) {
		String key = refused.messageKey();
		HttpStatus status = RefusalStatus.of(refused.kind());
		return detailPage(id, user, FundEntryForm.defaults(), resolve(Map.of(refused.field(), List.of(key)), locale),
				status, null, new SignInAnswer(null, login, null));
	}

	private Mono<Rendering> detailPage(String id, MarketplaceUser user, FundEntryForm form,
			Map<String, List<String>> errors, HttpStatus status, String done) {
		return detailPage(id, user, form, errors, status, done, new SignInAnswer(null, "", null));
	}

	private Mono<Rendering> detailPage(String id, MarketplaceUser user, FundEntryForm form,
			Map<String, List<String>> errors, HttpStatus status, String done, SignInAnswer signIn) {
		return this.groups.find(id)
			.zipWith(this.fund.ledger(id))
			.map((found) -> Rendering.view("sellers/shg/detail")
				.status(status)
				.modelAttribute("group", found.getT1())
				.modelAttribute("ledger", found.getT2())
				.modelAttribute("craftNames", this.craftNames.all())
				.modelAttribute("entry", form)
				.modelAttribute("errors", errors)
				.modelAttribute("done", (done != null) ? done : "")
				.modelAttribute("canManage", user.managesDepartment())
				.modelAttribute("signIn", signIn.issued())
				.modelAttribute("managerLogin", signIn.login())
				.modelAttribute("problem", (signIn.problem() != null) ? signIn.problem() : "")
				.build())
			.onErrorMap(ShgNotFoundException.class, (ex) -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Rendering newFormPage(ShgForm form, Map<String, List<String>> errors, HttpStatus status) {
		return Rendering.view("sellers/shg/new")
			.status(status)
			.modelAttribute("form", form)
			.modelAttribute("tickedCrafts", ShgForm.list(form.crafts()))
			.modelAttribute("craftOptions",
					this.craftNames.all()
						.map((names) -> names.entrySet()
							.stream()
							.map((craft) -> new CraftOption(craft.getKey(), craft.getValue()))
							.sorted(java.util.Comparator.comparing(CraftOption::id))
							.toList()))
			.modelAttribute("errors", errors)
			.build();
	}

	/**
	 * A craft the form offers.
	 *
	 * @param id its slug, sent when ticked
	 * @param name in English and Hindi
	 */
	record CraftOption(String id, LocalizedText name) {
	}

	/** The manager's sign-in name, as typed by the officer. */
	record ManagerSignInForm(String login) {
	}

	/**
	 * The annotations' message keys and the form's own, field by field, in the order of
	 * the form's fields as far as the annotations go.
	 */
	private Map<String, List<String>> problems(BindingResult result, Map<String, List<String>> own) {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		this.formErrors.codes(result)
			.forEach((field, key) -> problems.put(field, new java.util.ArrayList<>(List.of(key))));
		own.forEach((field, keys) -> problems.computeIfAbsent(field, (it) -> new java.util.ArrayList<>()).addAll(keys));
		return problems;
	}

	private Map<String, List<String>> resolve(Map<String, List<String>> problems, Locale locale) {
		Map<String, List<String>> resolved = new LinkedHashMap<>();
		problems.forEach((field, keys) -> resolved.put(field,
				keys.stream().map((key) -> this.messages.getMessage(key, null, key, locale)).toList()));
		return resolved;
	}

	/**
	 * What the manager sign-in form answers with.
	 *
	 * @param issued the sign-in given, or {@code null}
	 * @param login what the officer typed, shown again beside an error
	 * @param problem the message key of a page-level refusal, or {@code null}
	 */
	private record SignInAnswer(IssuedSignIn issued, String login, String problem) {

	}

}
