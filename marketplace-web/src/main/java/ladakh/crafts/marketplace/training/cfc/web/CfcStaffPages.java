package ladakh.crafts.marketplace.training.cfc.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.cfc.FacilityCentres;
import ladakh.crafts.marketplace.training.placements.InstructorPlacements;
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
 * Officers' pages for common facility centres: the centres, a centre's machines (and a
 * form to add one), a machine's history with forms for a breakdown and a servicing, and
 * the machines out of order for more than N days.
 */
@Controller
class CfcStaffPages {

	/** The out-of-order list's default: machines out for more than two weeks. */
	static final int DEFAULT_DAYS = 14;

	private final FacilityCentres centres;

	private final MessageSource messages;

	private final InstructorPlacements placements;

	CfcStaffPages(FacilityCentres centres, MessageSource messages, InstructorPlacements placements) {
		this.centres = centres;
		this.messages = messages;
		this.placements = placements;
	}

	@GetMapping("/staff/cfcs")
	Mono<Rendering> list() {
		return this.centres.centresWithMachines()
			.collectList()
			.zipWith(this.centres.outOfOrderFor(DEFAULT_DAYS))
			.map((found) -> Rendering.view("training/cfc/list")
				.modelAttribute("centres", found.getT1())
				.modelAttribute("longOut", found.getT2().size())
				.modelAttribute("days", DEFAULT_DAYS)
				.build());
	}

	@GetMapping("/staff/cfcs/out-of-order")
	Mono<Rendering> outOfOrder(@RequestParam(required = false) String days) {
		int n = DEFAULT_DAYS;
		try {
			n = (days != null) ? Math.max(0, Math.min(3650, Integer.parseInt(days.strip()))) : DEFAULT_DAYS;
		}
		catch (NumberFormatException ex) {
			n = DEFAULT_DAYS;
		}
		int shown = n;
		return this.centres.outOfOrderFor(n)
			.map((machines) -> Rendering.view("training/cfc/out-of-order")
				.modelAttribute("machines", machines)
				.modelAttribute("days", shown)
				.build());
	}

	@GetMapping("/staff/cfcs/{id}")
	Mono<Rendering> centre(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user) {
		return centrePage(id, user, MachineForm.empty(), Map.of(), HttpStatus.OK);
	}

	@PostMapping("/staff/cfcs/{id}/machines")
	Mono<Rendering> addMachine(@PathVariable String id, @ModelAttribute MachineForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		Map<String, List<String>> problems = form.problems(this.centres.today());
		if (!problems.isEmpty()) {
			return centrePage(id, user, form, resolve(problems, locale), HttpStatus.BAD_REQUEST);
		}
		return this.centres
			.addMachine(id, form.name().strip(), form.make().strip(), form.model().strip(), form.scheme().strip(),
					LocalDate.parse(form.installedOn().strip()), user)
			.map((machine) -> Rendering.redirectTo("/staff/cfcs/" + id + "?done=added").build())
			.onErrorMap(Refusal.class, (ex) -> new ResponseStatusException(RefusalStatus.of(ex.kind())));
	}

	@GetMapping("/staff/cfcs/machines/{id}")
	Mono<Rendering> machine(@PathVariable String id, @AuthenticationPrincipal MarketplaceUser user) {
		return machinePage(id, user, Map.of(), HttpStatus.OK);
	}

	@PostMapping("/staff/cfcs/machines/{id}/breakdowns")
	Mono<Rendering> breakdown(@PathVariable String id, @ModelAttribute EventForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return event(id, form, user, locale, true);
	}

	@PostMapping("/staff/cfcs/machines/{id}/servicing")
	Mono<Rendering> servicing(@PathVariable String id, @ModelAttribute EventForm form,
			@AuthenticationPrincipal MarketplaceUser user, Locale locale) {
		return event(id, form, user, locale, false);
	}

	private Mono<Rendering> event(String id, EventForm form, MarketplaceUser user, Locale locale, boolean breakdown) {
		String field = breakdown ? "breakdown" : "servicing";
		LocalDate on = form.day();
		String note = (form.note() != null) ? form.note().strip() : "";
		if (on == null || note.isEmpty() || note.length() > 500) {
			return machinePage(id, user, resolve(Map.of(field, List.of("cfc.form.event.error")), locale),
					HttpStatus.BAD_REQUEST);
		}
		Mono<?> recorded = breakdown ? this.centres.breakdown(id, on, note, user)
				: this.centres.servicing(id, on, note, user);
		return recorded.map((machine) -> Rendering.redirectTo("/staff/cfcs/machines/" + id + "?done=" + field).build())
			.onErrorResume(Refusal.class, (ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND)
					? Mono.<Rendering>error(new ResponseStatusException(HttpStatus.NOT_FOUND)) : machinePage(id, user,
							resolve(Map.of(field, List.of(ex.messageKey())), locale), RefusalStatus.of(ex.kind())));
	}

	private Mono<Rendering> centrePage(String id, MarketplaceUser user, MachineForm form,
			Map<String, List<String>> errors, HttpStatus status) {
		return this.centres.centre(id)
			.zipWith(this.placements.currentAt(id).collectList())
			.map((found) -> Rendering.view("training/cfc/centre")
				.status(status)
				.modelAttribute("centre", found.getT1())
				.modelAttribute("instructors", found.getT2())
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("canManage", officer(user))
				.modelAttribute("today", this.centres.today())
				.build())
			.onErrorMap(Refusal.class, (ex) -> new ResponseStatusException(RefusalStatus.of(ex.kind())));
	}

	private Mono<Rendering> machinePage(String id, MarketplaceUser user, Map<String, List<String>> errors,
			HttpStatus status) {
		return this.centres.machine(id)
			.map((history) -> Rendering.view("training/cfc/machine")
				.status(status)
				.modelAttribute("history", history)
				.modelAttribute("errors", errors)
				.modelAttribute("canManage", officer(user))
				.build())
			.onErrorMap(Refusal.class, (ex) -> new ResponseStatusException(RefusalStatus.of(ex.kind())));
	}

	private Map<String, List<String>> resolve(Map<String, List<String>> problems, Locale locale) {
		Map<String, List<String>> resolved = new LinkedHashMap<>();
		problems.forEach((field, keys) -> resolved.put(field,
				keys.stream().map((key) -> this.messages.getMessage(key, null, key, locale)).toList()));
		return resolved;
	}

	private static boolean officer(MarketplaceUser user) {
		return user.managesDepartment();
	}

	/** A new machine as typed. */
	record MachineForm(String name, String make, String model, String scheme, String installedOn) {

		MachineForm {
			name = (name != null) ? name : "";
			make = (make != null) ? make : "";
			model = (model != null) ? model : "";
			scheme = (scheme != null) ? scheme : "";
			installedOn = (installedOn != null) ? installedOn : "";
		}

		static MachineForm empty() {
			return new MachineForm("", "", "", "", "");
		}

		Map<String, List<String>> problems(LocalDate today) {
			Map<String, List<String>> problems = new LinkedHashMap<>();
			check(problems, "name", this.name);
			check(problems, "make", this.make);
			check(problems, "model", this.model);
			check(problems, "scheme", this.scheme);
			LocalDate on = parse(this.installedOn);
			if (on == null || on.isAfter(today) || on.getYear() < 1950) {
				problems.put("installedOn", List.of("cfc.form.installedOn.error"));
			}
			return problems;
		}

		private static void check(Map<String, List<String>> problems, String field, String value) {
			if (value.isBlank() || value.length() > 120) {
				problems.put(field, List.of("cfc.form.text.error"));
			}
		}

	}

	/** A breakdown or servicing as typed. */
	record EventForm(String on, String note) {

		LocalDate day() {
			return parse(this.on);
		}

	}

	static LocalDate parse(String text) {
		try {
			return (text != null) ? LocalDate.parse(text.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
