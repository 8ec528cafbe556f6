package ladakh.crafts.marketplace.complex.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.marketplace.complex.ComplexDesk;
import ladakh.crafts.marketplace.complex.ComplexQueries;
import ladakh.crafts.marketplace.complex.ComplexShops;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import reactor.core.publisher.Mono;

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
 * The officers' complex pages: the terms and the schedule form, and one term's shops with
 * the moves (allot by hand, surrender, swap), each with a reason. A move that succeeds
 * redirects; a refused one shows the page again with the message beside its field (409
 * when the shop moved first).
 */
@Controller
class StaffComplexPages {

	private static final Set<String> DONE = Set.of("generated", "allotted", "surrendered", "swapped");

	private final ComplexDesk desk;

	private final ComplexQueries complex;

	private final ComplexTexts texts;

	private final Clock clock;

	StaffComplexPages(ComplexDesk desk, ComplexQueries complex, ComplexTexts texts, Clock clock) {
		this.desk = desk;
		this.complex = complex;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping("/staff/artisan-complex")
	Mono<Rendering> terms(@RequestParam(required = false) String done, Locale locale) {
		return this.complex.dayAfterLastTerm()
			.map(LocalDate::toString)
			.defaultIfEmpty(nextQuarter().toString())
			.flatMap((firstDay) -> page(new ScheduleForm(firstDay, "3", "4", ""), Map.of(), HttpStatus.OK,
					(done != null && DONE.contains(done)) ? done : null, locale));
	}

	@PostMapping("/staff/artisan-complex/schedule")
	Mono<Rendering> generate(@ModelAttribute ScheduleForm form, @AuthenticationPrincipal MarketplaceUser officer,
			Locale locale) {
		LocalDate firstDay;
		int months;
		int count;
		try {
			firstDay = LocalDate.parse(form.firstDay());
		}
		catch (DateTimeParseException ex) {
			return page(form, this.texts.one("firstDay", "complex.schedule.firstDay", locale), HttpStatus.BAD_REQUEST,
					null, locale);
		}
		try {
			months = Integer.parseInt(form.months());
			count = Integer.parseInt(form.count());
		}
		catch (NumberFormatException ex) {
			return page(form, this.texts.one("months", "complex.schedule.numbers", locale), HttpStatus.BAD_REQUEST,
					null, locale);
		}
		return this.desk.generate(firstDay, months, count, form.publicValue(), officer)
			.map((terms) -> Rendering.redirectTo("/staff/artisan-complex?done=generated").build())
			.onErrorResume(Refusal.class,
					(ex) -> page(form, this.texts.beside(ex, locale), RefusalStatus.of(ex.kind()), null, locale));
	}

	@GetMapping("/staff/artisan-complex/terms/{id}")
	Mono<Rendering> term(@PathVariable String id, @RequestParam(required = false) String done, Locale locale) {
		return termPage(id, MoveForm.EMPTY, Map.of(), HttpStatus.OK,
				(done != null && DONE.contains(done)) ? done : null, locale);
	}

	@PostMapping("/staff/artisan-complex/terms/{id}/allot")
	Mono<Rendering> allot(@PathVariable String id, @ModelAttribute MoveForm form,
			@AuthenticationPrincipal MarketplaceUser officer, Locale locale) {
		return moved(id, form, this.desk.allot(id, form.shop(), form.sellerId(), form.reason(), officer), "allotted",
				locale);
	}

	@PostMapping("/staff/artisan-complex/terms/{id}/surrender")
	Mono<Rendering> surrender(@PathVariable String id, @ModelAttribute MoveForm form,
			@AuthenticationPrincipal MarketplaceUser officer, Locale locale) {
		return moved(id, form, this.desk.surrender(id, form.shop(), form.reason(), officer), "surrendered", locale);
	}

	@PostMapping("/staff/artisan-complex/terms/{id}/swap")
	Mono<Rendering> swap(@PathVariable String id, @ModelAttribute MoveForm form,
			@AuthenticationPrincipal MarketplaceUser officer, Locale locale) {
		return moved(id, form, this.desk.swap(id, form.shop(), form.otherShop(), form.reason(), officer), "swapped",
				locale);
	}

	private Mono<Rendering> moved(String id, MoveForm form, Mono<?> move, String done, Locale locale) {
		return move.map((ok) -> Rendering.redirectTo("/staff/artisan-complex/terms/" + id + "?done=" + done).build())
			.onErrorResume(Refusal.class, (ex) -> (ex.kind() == Refusal.Kind.NOT_FOUND) ? Mono.error(ex) : termPage(id,
					form, errors(ex, "allotted".equals(done), locale), RefusalStatus.of(ex.kind()), null, locale));
	}

	/**
	 * The allot form shows messages beside its fields; the surrender and swap forms,
	 * whose fields have the same names, show theirs at the top of the page.
	 */
	private Map<String, List<String>> errors(Refusal ex, boolean beside, Locale locale) {
		Map<String, List<String>> errors = this.texts.beside(ex, locale);
		if (beside) {
			return errors;
		}
		return Map.of("", errors.values().stream().flatMap(List::stream).toList());
	}

	private Mono<Rendering> page(ScheduleForm form, Map<String, List<String>> errors, HttpStatus status, String done,
			Locale locale) {
		return this.complex.latest()
			.map((terms) -> ComplexViews.with(Rendering.view("complex/staff/terms")
				.status(status)
				.modelAttribute("termRows",
						terms.stream().map((term) -> new TermRow(term.id(), ComplexViews.dates(term, locale))).toList())
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("problem", errors.getOrDefault("", List.of())), "done", done).build());
	}

	private Mono<Rendering> termPage(String id, MoveForm form, Map<String, List<String>> errors, HttpStatus status,
			String done, Locale locale) {
		return this.complex.term(id)
			.flatMap((term) -> this.complex.names(term)
				.map((names) -> ComplexViews
					.with(Rendering.view("complex/staff/term")
						.status(status)
						.modelAttribute("term", ComplexPages.TermView.of(term, names, locale))
						.modelAttribute("shopNumbers", ComplexShops.NUMBERS)
						.modelAttribute("form", form)
						.modelAttribute("errors", errors)
						.modelAttribute("problem", errors.getOrDefault("", List.of())), "done", done)
					.build()));
	}

	/** The first day of the next calendar quarter, India time. */
	private LocalDate nextQuarter() {
		LocalDate today = IndiaTime.dayOf(this.clock.instant());
		LocalDate quarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
		return quarter.plusMonths(3);
	}

	/** The schedule form, as typed. */
	record ScheduleForm(String firstDay, String months, String count, String publicValue) {

		ScheduleForm {
			firstDay = (firstDay != null) ? firstDay.strip() : "";
			months = (months != null) ? months.strip() : "";
			count = (count != null) ? count.strip() : "";
			publicValue = (publicValue != null) ? publicValue.strip() : "";
		}

	}

	/** A move's form: the shop, the other shop (swap), the seller (allot) and why. */
	record MoveForm(String shop, String otherShop, String sellerId, String reason) {

		static final MoveForm EMPTY = new MoveForm("", "", "", "");

		MoveForm {
			shop = (shop != null) ? shop.strip() : "";
			otherShop = (otherShop != null) ? otherShop.strip() : "";
			sellerId = (sellerId != null) ? sellerId.strip() : "";
			reason = (reason != null) ? reason.strip() : "";
		}

	}

	/**
	 * A term on the list.
	 *
	 * @param id the term
	 * @param dates its days
	 */
	record TermRow(String id, String dates) {
	}

}
