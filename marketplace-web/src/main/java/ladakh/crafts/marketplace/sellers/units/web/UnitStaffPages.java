package ladakh.crafts.marketplace.sellers.units.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.sellers.CraftNames;
import ladakh.crafts.marketplace.sellers.ManagerSignIns;
import ladakh.crafts.marketplace.sellers.SellerKind;
import ladakh.crafts.marketplace.sellers.SellerLoginRefusedException;
import ladakh.crafts.marketplace.sellers.units.SellerUnits;
import ladakh.crafts.marketplace.sellers.units.UnitSeller;
import ladakh.crafts.marketplace.sellers.units.web.UnitForms.CooperativeForm;
import ladakh.crafts.marketplace.sellers.units.web.UnitForms.UnitHolderForm;
import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff pages for unit holders ({@code /staff/units}) and co-operative societies
 * ({@code /staff/cooperatives}): lists, registration forms, a detail page where an
 * officer gives the manager a seller sign-in.
 */
@Controller
class UnitStaffPages {

	private final SellerUnits units;

	private final CraftNames craftNames;

	private final ManagerSignIns signIns;

	private final MessageSource messages;

	private final Clock clock;

	UnitStaffPages(SellerUnits units, CraftNames craftNames, ManagerSignIns signIns, MessageSource messages,
			Clock clock) {
		this.units = units;
		this.craftNames = craftNames;
		this.signIns = signIns;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/staff/units")
	Mono<Rendering> unitHolders(@RequestParam(required = false) String after,
			@AuthenticationPrincipal MarketplaceUser user) {
		return list(SellerKind.UNIT_HOLDER, after, user);
	}

	@GetMapping("/staff/cooperatives")
	Mono<Rendering> cooperatives(@RequestParam(required = false) String after,
			@AuthenticationPrincipal MarketplaceUser user) {
		return list(SellerKind.CO_OPERATIVE, after, user);
	}

	private Mono<Rendering> list(SellerKind kind, String after, MarketplaceUser user) {
		return this.units.page(kind, After.parse(after))
			.map((page) -> Rendering.view("sellers/units/list")
				.modelAttribute("kind", kind.name())
				.modelAttribute("base", base(kind))
				.modelAttribute("units", page.items())
				.modelAttribute("next", page.nextAfter())
				.modelAttribute("mayRegister", officer(user))
				.build());
	}

	@GetMapping("/staff/units/new")
	Mono<Rendering> newUnitHolder() {
		return unitForm(UnitHolderForm.empty(), Map.of(), HttpStatus.OK);
	}

	@GetMapping("/staff/cooperatives/new")
	Mono<Rendering> newCooperative() {
		return coopForm(CooperativeForm.empty(), Map.of(), HttpStatus.OK);
	}

	@PostMapping("/staff/units")
	Mono<Rendering> registerUnitHolder(@ModelAttribute UnitHolderForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return Mono.defer(() -> {
			Map<String, List<String>> problems = form.problems(IndiaTime.dayOf(this.clock.instant()));
			if (!problems.isEmpty()) {
				return unitForm(form, resolve(problems, locale), HttpStatus.BAD_REQUEST);
			}
			return this.units.registerUnitHolder(form.toNew(), user)
				.map((id) -> Rendering.redirectTo("/staff/units/" + id + "?done=registered").build())
				.onErrorResume(Refusal.class,
						(refused) -> unitForm(form, refusal(refused, locale), RefusalStatus.of(refused.kind())));
		});
	}

	@PostMapping("/staff/cooperatives")
	Mono<Rendering> registerCooperative(@ModelAttribute CooperativeForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return Mono.defer(() -> {
			Map<String, List<String>> problems = form.problems(IndiaTime.dayOf(this.clock.instant()));
			if (!problems.isEmpty()) {
				return coopForm(form, resolve(problems, locale), HttpStatus.BAD_REQUEST);
			}
			return this.units.registerCooperative(form.toNew(), user)
				.map((id) -> Rendering.redirectTo("/staff/cooperatives/" + id + "?done=registered").build())
				.onErrorResume(Refusal.class,
						(refused) -> coopForm(form, refusal(refused, locale), RefusalStatus.of(refused.kind())));
		});
	}

	@GetMapping({ "/staff/units/{id}", "/staff/cooperatives/{id}" })
	Mono<Rendering> detail(@PathVariable String id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal MarketplaceUser user) {
		return detailPage(id, user, done, null, "", Map.of(), HttpStatus.OK);
	}

	/** Gives the unit's or society's manager a seller sign-in, shown once. */
	@PostMapping({ "/staff/units/{id}/sign-in", "/staff/cooperatives/{id}/sign-in" })
	Mono<Rendering> issueSignIn(@PathVariable String id, @ModelAttribute SignInForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		String login = (form.login() != null) ? form.login().strip() : "";
		return load(id).flatMap((unit) -> this.signIns.issue(unit.kind().name(), id, unit.name(), login, user)
			.flatMap((signIn) -> detailPage(id, user, null, signIn, "", Map.of(), HttpStatus.OK))
			.onErrorResume(SellerLoginRefusedException.class, (ex) -> detailPage(id, user, null, null, login,
					Map.of((ex.field() != null) ? ex.field() : "login", List
						.of(this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale))),
					RefusalStatus.of(ex.kind()))));
	}

	private Mono<Rendering> detailPage(String id, MarketplaceUser user, String done, Object signIn, String login,
			Map<String, List<String>> errors, HttpStatus status) {
		return load(id).flatMap((unit) -> this.craftNames.all()
			.map((names) -> Rendering.view("sellers/units/detail")
				.status(status)
				.modelAttribute("unit", unit)
				.modelAttribute("base", base(unit.kind()))
				.modelAttribute("craftNames", names)
				.modelAttribute("done", (done != null) ? done : "")
				.modelAttribute("canManage", officer(user))
				.modelAttribute("signIn", signIn)
				.modelAttribute("managerLogin", login)
				.modelAttribute("errors", errors)
				.build()));
	}

	private Mono<UnitSeller> load(String id) {
		return this.units.find(id).switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	private Mono<Rendering> unitForm(UnitHolderForm form, Map<String, List<String>> errors, HttpStatus status) {
		return craftOptions().map((crafts) -> Rendering.view("sellers/units/new-unit")
			.status(status)
			.modelAttribute("form", form)
			.modelAttribute("tickedCrafts", UnitForms.list(form.crafts()))
			.modelAttribute("craftOptions", crafts)
			.modelAttribute("errors", errors)
			.build());
	}

	private Mono<Rendering> coopForm(CooperativeForm form, Map<String, List<String>> errors, HttpStatus status) {
		return craftOptions().map((crafts) -> Rendering.view("sellers/units/new-cooperative")
			.status(status)
			.modelAttribute("form", form)
			.modelAttribute("tickedCrafts", UnitForms.list(form.crafts()))
			.modelAttribute("craftOptions", crafts)
			.modelAttribute("errors", errors)
			.build());
	}

	private Mono<List<CraftOption>> craftOptions() {
		return this.craftNames.all()
			.map((names) -> names.entrySet()
				.stream()
				.map((craft) -> new CraftOption(craft.getKey(), craft.getValue()))
				.sorted(Comparator.comparing(CraftOption::id))
				.toList());
	}

	private Map<String, List<String>> refusal(Refusal refused, Locale locale) {
		String field = (refused.field() != null) ? refused.field() : "name";
		return Map.of(field, List
			.of(this.messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale)));
	}

	private Map<String, List<String>> resolve(Map<String, List<String>> problems, Locale locale) {
		Map<String, List<String>> resolved = new LinkedHashMap<>();
		problems.forEach((field, keys) -> resolved.put(field,
				keys.stream().map((key) -> this.messages.getMessage(key, null, key, locale)).toList()));
		return resolved;
	}

	private static String base(SellerKind kind) {
		return (kind == SellerKind.CO_OPERATIVE) ? "/staff/cooperatives" : "/staff/units";
	}

	private static boolean officer(MarketplaceUser user) {
		return user.managesDepartment();
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
	record SignInForm(String login) {
	}

}
