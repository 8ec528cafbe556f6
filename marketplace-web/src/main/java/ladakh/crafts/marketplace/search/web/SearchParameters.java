package ladakh.crafts.marketplace.search.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import ladakh.crafts.catalog.index.Colour;
import ladakh.crafts.catalog.search.SearchQuery;
import ladakh.crafts.catalog.search.SearchSort;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * Turns the parameters of {@code /search} and {@code /api/v1/search} into a
 * {@link SearchQuery}, or refuses them with a message a person can act on. Prices come in
 * rupees (up to two decimals) and go on in paise. Parameters this does not know (such as
 * {@code lang}) are ignored.
 */
final class SearchParameters {

	static final Set<String> SELLER_TYPES = Set.of("ARTISAN", "SHG", "TRAINING_CENTRE", "UNIT_HOLDER", "CO_OPERATIVE");

	static final Set<String> DISTRICTS = Set.of("LEH", "KARGIL");

	/** A crore of rupees: far above any craft's price, far below overflow. */
	static final Money MAX_PRICE = Money.rupees(10_000_000L);

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final int MAX_CURSOR_LENGTH = 2_000;

	private SearchParameters() {
	}

	static SearchQuery parse(Map<String, String> parameters) {
		String text = blankToNull(parameters.get("q"));
		if (text != null && text.length() > SearchQuery.MAX_TEXT_LENGTH) {
			throw SearchInputException.of("q.tooLong", SearchQuery.MAX_TEXT_LENGTH);
		}
		String craft = blankToNull(parameters.get("craft"));
		if (craft != null && (craft.length() > 60 || !SLUG.matcher(craft).matches())) {
			throw SearchInputException.of("craft");
		}
		String sellerType = oneOf(parameters.get("sellerType"), SELLER_TYPES, "sellerType");
		String district = oneOf(parameters.get("district"), DISTRICTS, "district");
		String colour = blankToNull(parameters.get("colour"));
		if (colour != null) {
			colour = colour.toLowerCase(Locale.ROOT);
			if (Colour.ofCode(colour).isEmpty()) {
				throw SearchInputException.of("colour");
			}
		}
		String exhibition = blankToNull(parameters.get("exhibition"));
		if (exhibition != null && (exhibition.length() > 100 || !SLUG.matcher(exhibition).matches())) {
			throw SearchInputException.of("exhibition");
		}
		Long priceMin = paise(parameters.get("priceMin"), "priceMin");
		Long priceMax = paise(parameters.get("priceMax"), "priceMax");
		if (priceMin != null && priceMax != null && priceMin > priceMax) {
			throw SearchInputException.of("price.reversed");
		}
		Boolean gi = flag(parameters.get("gi"), "gi");
		Boolean inStock = flag(parameters.get("inStock"), "inStock");
		SearchSort sort = sort(parameters.get("sort"));
		int size = number(parameters.get("size"), "size", SearchQuery.DEFAULT_SIZE);
		if (size < 1 || size > SearchQuery.MAX_SIZE) {
			throw SearchInputException.of("size", SearchQuery.MAX_SIZE);
		}
		int page = number(parameters.get("page"), "page", 1);
		if (page < 1) {
			throw SearchInputException.of("page");
		}
		if ((long) page * size > SearchQuery.MAX_WINDOW) {
			throw SearchInputException.of("page.window", SearchQuery.MAX_WINDOW / size);
		}
		String cursor = blankToNull(parameters.get("cursor"));
		if (cursor != null && cursor.length() > MAX_CURSOR_LENGTH) {
			throw SearchInputException.of("cursor");
		}
		return new SearchQuery(text, craft, sellerType, district, priceMin, priceMax, gi, inStock, sort, page, size,
				cursor, colour, exhibition);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String oneOf(String value, Set<String> allowed, String name) {
		String given = blankToNull(value);
		if (given == null) {
			return null;
		}
		String upper = given.toUpperCase(Locale.ROOT);
		if (!allowed.contains(upper)) {
			throw SearchInputException.of(name);
		}
		return upper;
	}

	/**
	 * Rupees as people type them ({@link Money#parse}: "2499.5", "1,250", "₹ 500"), on in
	 * paise; a sign is refused apart, anything unreadable or above the cap is not a
	 * price.
	 */
	private static Long paise(String value, String name) {
		String given = blankToNull(value);
		if (given == null) {
			return null;
		}
		if (given.startsWith("-")) {
			throw SearchInputException.of("price.negative");
		}
		try {
			Money price = Money.parse(given);
			if (price.isGreaterThan(MAX_PRICE)) {
				throw SearchInputException.of("price.number", name);
			}
			return price.minor();
		}
		catch (Refusal ex) {
			throw SearchInputException.of("price.number", name);
		}
	}

	private static Boolean flag(String value, String name) {
		String given = blankToNull(value);
		if (given == null) {
			return null;
		}
		return switch (given.toLowerCase(Locale.ROOT)) {
			case "true", "on", "1", "yes" -> Boolean.TRUE;
			case "false", "off", "0", "no" -> Boolean.FALSE;
			default -> throw SearchInputException.of("flag", name);
		};
	}

	private static SearchSort sort(String value) {
		String given = blankToNull(value);
		if (given == null) {
			return SearchSort.RELEVANCE;
		}
		return SearchSort.fromParam(given.toLowerCase(Locale.ROOT)).orElseThrow(() -> SearchInputException.of("sort"));
	}

	private static int number(String value, String name, int otherwise) {
		String given = blankToNull(value);
		if (given == null) {
			return otherwise;
		}
		if (!given.matches("-?\\d{1,9}")) {
			throw SearchInputException.of(name);
		}
		return Integer.parseInt(given);
	}

}
