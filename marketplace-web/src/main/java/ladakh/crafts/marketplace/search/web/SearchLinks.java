package ladakh.crafts.marketplace.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links between search pages: the current parameters with one changed. Choosing a filter
 * or a sort starts again from page 1; a cursor never survives a change.
 */
final class SearchLinks {

	/** The parameters a search page carries, in the order links show them. */
	static final List<String> KEPT = List.of("q", "craft", "sellerType", "district", "colour", "priceMin", "priceMax",
			"gi", "inStock", "exhibition", "sort", "size");

	private final Map<String, String> current;

	SearchLinks(Map<String, String> parameters) {
		this.current = new LinkedHashMap<>();
		for (String name : KEPT) {
			String value = parameters.get(name);
			if (value != null && !value.isBlank()) {
				this.current.put(name, value.strip());
			}
		}
	}

	String value(String name) {
		return this.current.get(name);
	}

	Map<String, String> kept() {
		return this.current;
	}

	/** The same search with {@code name} set to {@code value} (or removed when null). */
	String with(String name, String value) {
		Map<String, String> next = new LinkedHashMap<>(this.current);
		if (value == null) {
			next.remove(name);
		}
		else {
			next.put(name, value);
		}
		return url(next);
	}

	String without(String... names) {
		Map<String, String> next = new LinkedHashMap<>(this.current);
		for (String name : names) {
			next.remove(name);
		}
		return url(next);
	}

	String page(int page) {
		Map<String, String> next = new LinkedHashMap<>(this.current);
		if (page > 1) {
			next.put("page", Integer.toString(page));
		}
		return url(next);
	}

	String cursor(String cursor) {
		Map<String, String> next = new LinkedHashMap<>(this.current);
		next.put("cursor", cursor);
		return url(next);
	}

	private static String url(Map<String, String> parameters) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/search");
		parameters.forEach((name, value) -> builder.queryParam(name, "{" + name + "}"));
		return builder.encode().buildAndExpand(parameters).toUriString();
	}

}
