package ladakh.crafts.marketplace.exhibitions.web;

import java.util.Locale;

import ladakh.crafts.marketplace.exhibitions.ExhibitionCalendar;
import ladakh.crafts.marketplace.shared.After;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public exhibition pages; the calendar's Monos go into the model unresolved. */
@Controller
class ExhibitionPages {

	private final ExhibitionCalendar calendar;

	ExhibitionPages(ExhibitionCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/exhibitions")
	String calendar(@RequestParam(name = "after", required = false) String after, Locale locale, Model model) {
		model.addAttribute("calendar", this.calendar.calendar(locale, After.parse(after)));
		return "exhibitions/calendar";
	}

	/**
	 * The allocation policy in plain words (a literal path, so it is not an exhibition
	 * id).
	 */
	@GetMapping("/exhibitions/policy")
	String policy() {
		return "exhibitions/policy";
	}

	@GetMapping("/exhibitions/{id}")
	String exhibition(@PathVariable String id, Locale locale, Model model) {
		model.addAttribute("exhibition", this.calendar.details(id, locale));
		return "exhibitions/exhibition";
	}

}
