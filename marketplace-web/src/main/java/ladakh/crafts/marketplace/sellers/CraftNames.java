package ladakh.crafts.marketplace.sellers;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ladakh.crafts.marketplace.shared.LocalizedText;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * Craft slugs as people read them; an unknown slug is shown as it is rather than dropped.
 */
@Service
public class CraftNames {

	private final LookupRepository lookups;

	CraftNames(LookupRepository lookups) {
		this.lookups = lookups;
	}

	/** All crafts, by slug. */
	public Mono<Map<String, LocalizedText>> all() {
		return this.lookups.crafts().collectMap(LookupRepository.Craft::slug, LookupRepository.Craft::name);
	}

	/** The names of the given crafts in the reader's language, in the given order. */
	public Mono<List<String>> names(List<String> slugs, Locale locale) {
		if (slugs == null || slugs.isEmpty()) {
			return Mono.just(List.of());
		}
		return all().map((names) -> slugs.stream()
			.map((slug) -> names.containsKey(slug) ? names.get(slug).in(locale) : slug)
			.toList());
	}

}
