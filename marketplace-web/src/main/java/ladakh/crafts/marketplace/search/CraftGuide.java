package ladakh.crafts.marketplace.search;

import java.util.Locale;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/** The crafts as buyers read about them: names and short descriptions. */
@Service
public class CraftGuide {

	private final ShowcaseRepository showcase;

	CraftGuide(ShowcaseRepository showcase) {
		this.showcase = showcase;
	}

	public Mono<HomeShowcase.CraftTile> craft(String slug, Locale locale) {
		return this.showcase.craft(slug)
			.map((craft) -> new HomeShowcase.CraftTile(slug, craft.name().in(locale), craft.description().in(locale)));
	}

	/** Craft names by slug in the reader's language. */
	public Mono<Map<String, String>> names(Locale locale) {
		return this.showcase.crafts().collectMap(ShowcaseRepository.Craft::slug, (craft) -> craft.name().in(locale));
	}

}
