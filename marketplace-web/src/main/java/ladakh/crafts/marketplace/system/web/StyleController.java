package ladakh.crafts.marketplace.system.web;

import java.util.List;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.ProductCard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The living style guide: every component rendered through the same fragments the real
 * pages use, with sample data, so a change to a fragment shows up here first.
 */
@Controller
class StyleController {

	static final List<ProductCard> SAMPLE_CARDS = List.of(
			new ProductCard("/style#cards", "Pashmina shawl, natural undyed", null, Money.paise(2_450_000L),
					"Tsering Dolma", "ARTISAN", true),
			new ProductCard("/style#cards", "Silver filigree earrings", null, Money.paise(249_950L),
					"Chuchot Women SHG", "SHG", true),
			new ProductCard("/style#cards", "Namda rug, apricot motif", null, Money.paise(12_000_000L),
					"Government Training Centre", "TRAINING_CENTRE", false));

	@GetMapping("/style")
	String style(Model model) {
		model.addAttribute("cards", SAMPLE_CARDS);
		model.addAttribute("sample", new SampleForm("Tsering Dolma", "98xx", ""));
		return "system/style";
	}

	/**
	 * A form as real pages will have them; it shows the field states, nothing submits it.
	 */
	record SampleForm(String name, String phone, String village) {

	}

}
