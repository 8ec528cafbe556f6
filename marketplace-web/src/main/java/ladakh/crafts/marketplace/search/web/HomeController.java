package ladakh.crafts.marketplace.search.web;

import java.util.Locale;

import ladakh.crafts.marketplace.search.HomeShowcase;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The storefront's front page. The showcase's Monos and Fluxes go into the model as they
 * are; WebFlux resolves them together before the template renders, without blocking.
 */
@Controller
class HomeController {

	private final HomeShowcase showcase;

	HomeController(HomeShowcase showcase) {
		this.showcase = showcase;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		model.addAttribute("crafts", this.showcase.crafts(locale));
		model.addAttribute("listings", this.showcase.latestListings(locale));
		model.addAttribute("counts", this.showcase.counts());
		model.addAttribute("exhibitions", this.showcase.upcomingExhibitions(locale));
		return "search/home";
	}

}
