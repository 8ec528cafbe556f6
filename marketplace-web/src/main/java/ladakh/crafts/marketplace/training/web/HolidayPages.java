package ladakh.crafts.marketplace.training.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.system.RefusalStatus;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.training.Holidays;
import ladakh.crafts.marketplace.training.Schemes;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;

/**
 * The department calendar: a year's holidays (not working days for stipends) and the
 * officer's form to add one.
 */
@Controller
class HolidayPages {

	private final Holidays holidays;

	private final Schemes schemes;

	private final MessageSource messages;

	HolidayPages(Holidays holidays, Schemes schemes, MessageSource messages) {
		this.holidays = holidays;
		this.schemes = schemes;
		this.messages = messages;
	}

	@GetMapping("/staff/training/holidays")
	Mono<Rendering> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String done) {
		return page(year(year), HolidayForm.EMPTY, null, "added".equals(done), HttpStatus.OK);
	}

	@PostMapping("/staff/training/holidays")
	Mono<Rendering> add(@ModelAttribute HolidayForm form, @AuthenticationPrincipal MarketplaceUser user,
			Locale locale) {
		LocalDate day = date(form.day());
		return this.holidays.add(day, form.nameEn(), form.nameHi(), user)
			.map((added) -> Rendering
				.redirectTo("/staff/training/holidays?year=" + added.day().getYear() + "&done=added")
				.build())
			.onErrorResume(Refusal.class,
					(ex) -> page((day != null) ? day.getYear() : year(null), form,
							this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale), false,
							RefusalStatus.of(ex.kind())));
	}

	private Mono<Rendering> page(int year, HolidayForm form, String problem, boolean added, HttpStatus status) {
		return this.holidays.ofYear(year)
			.map((list) -> Rendering.view("training/holidays")
				.status(status)
				.modelAttribute("year", year)
				.modelAttribute("holidays", list)
				.modelAttribute("form", form)
				.modelAttribute("problem", (problem != null) ? problem : "")
				.modelAttribute("added", added)
				.build());
	}

	private int year(Integer asked) {
		int now = this.schemes.today().getYear();
		return (asked != null && asked >= now - 10 && asked <= now + 2) ? asked : now;
	}

	private static LocalDate date(String text) {
		try {
			return (text != null) ? LocalDate.parse(text.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** A holiday as typed: its day and its name in English and Hindi. */
	record HolidayForm(String day, String nameEn, String nameHi) {

		static final HolidayForm EMPTY = new HolidayForm("", "", "");

	}

}
