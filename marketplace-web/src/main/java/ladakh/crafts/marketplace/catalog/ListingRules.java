package ladakh.crafts.marketplace.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.catalog.index.Colour;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;

/**
 * Checks a seller's listing input field by field. Problems are keyed by the field's name
 * in the JSON API ({@code title.en}, {@code price}, {@code giTag.name}, ...), which the
 * forms use too, and carry a message code.
 */
public final class ListingRules {

	static final int MAX_TITLE = 120;

	static final int MAX_DESCRIPTION = 4000;

	static final int MAX_SHORT = 100;

	static final int MAX_NOTES = 1000;

	static final int MAX_MATERIALS = 10;

	/** Ten million rupees: far above any craft, far below what arithmetic can hold. */
	static final Money MAX_PRICE = Money.rupees(10_000_000L);

	static final int MAX_STOCK = 10_000;

	/**
	 * The most stock a client may say it showed: above {@link #MAX_STOCK}, since pieces
	 * given back after an edit may lift stock past it, but far from int overflow.
	 */
	static final int MAX_STOCK_SHOWN = 100_000;

	static final int MAX_LEAD_DAYS = 365;

	static final int MAX_WEIGHT_GRAMS = 1_000_000;

	private ListingRules() {
	}

	/**
	 * Checks the input.
	 * @param input what the seller sent
	 * @param crafts the known craft slugs
	 * @return the checked details, or the problems
	 */
	public static Checked check(ListingInput input, Set<String> crafts) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		String titleEn = text(input.titleEn(), "title.en", true, MAX_TITLE, errors);
		String titleHi = text(input.titleHi(), "title.hi", false, MAX_TITLE, errors);
		String descriptionEn = text(input.descriptionEn(), "description.en", true, MAX_DESCRIPTION, errors);
		String descriptionHi = text(input.descriptionHi(), "description.hi", false, MAX_DESCRIPTION, errors);
		String craft = text(input.craft(), "craft", true, MAX_SHORT, errors);
		if (craft != null && !crafts.contains(craft)) {
			add(errors, "craft", "listing.error.craft");
		}
		List<String> materials = new ArrayList<>();
		for (String material : (input.materials() != null) ? input.materials() : List.<String>of()) {
			if (material != null && !material.isBlank()) {
				materials.add(material.strip());
			}
		}
		if (materials.size() > MAX_MATERIALS || materials.stream().anyMatch((m) -> m.length() > 60)) {
			add(errors, "materials", "listing.error.materials");
		}
		String dimensions = text(input.dimensions(), "dimensions", false, MAX_SHORT, errors);
		Integer weight = whole(input.weightGrams(), "weightGrams", false, 1, MAX_WEIGHT_GRAMS, errors);
		Money price = price(input, errors);
		int stock = 0;
		Integer leadTime = null;
		if (input.madeToOrder()) {
			leadTime = whole(input.leadTimeDays(), "leadTimeDays", true, 1, MAX_LEAD_DAYS, errors);
		}
		else {
			Integer typed = whole(input.stock(), "stock", true, 0, MAX_STOCK, errors);
			stock = (typed != null) ? typed : 0;
		}
		String giName = text(input.giName(), "giTag.name", false, MAX_SHORT, errors);
		String giNumber = text(input.giNumber(), "giTag.authorisedUserNumber", false, 50, errors);
		if (giName != null && giNumber == null && !errors.containsKey("giTag.authorisedUserNumber")) {
			add(errors, "giTag.authorisedUserNumber", "listing.error.giNumber");
		}
		if (giNumber != null && giName == null && !errors.containsKey("giTag.name")) {
			add(errors, "giTag.name", "listing.error.giName");
		}
		String careEn = text(input.careNotesEn(), "careNotes.en", false, MAX_NOTES, errors);
		String careHi = text(input.careNotesHi(), "careNotes.hi", false, MAX_NOTES, errors);
		List<String> colours = colours(input.colours(), errors);
		if (!errors.isEmpty()) {
			return new Checked(null, errors);
		}
		return new Checked(
				new ListingDetails(titleEn, titleHi, descriptionEn, descriptionHi, craft, materials, dimensions, weight,
						price, stock, input.madeToOrder(), leadTime, giName, giNumber, careEn, careHi, colours),
				Map.of());
	}

	/**
	 * Colour codes of the fixed list, at most {@link Colour#MAX_PER_LISTING}, in the
	 * list's order whatever order they came in.
	 */
	private static List<String> colours(List<String> typed, Map<String, List<String>> errors) {
		List<String> given = (typed != null) ? typed.stream().filter((c) -> c != null && !c.isBlank()).toList()
				: List.of();
		if (given.stream().anyMatch((code) -> Colour.ofCode(code.strip()).isEmpty())) {
			add(errors, "colours", "listing.error.colours");
			return List.of();
		}
		List<String> colours = java.util.Arrays.stream(Colour.values())
			.map(Colour::code)
			.filter((code) -> given.stream().anyMatch((c) -> c.strip().equals(code)))
			.toList();
		if (colours.size() > Colour.MAX_PER_LISTING) {
			add(errors, "colours", "listing.error.colours.tooMany");
		}
		return colours;
	}

	/**
	 * Checks the stock a seller's form or client says it showed.
	 * @return the problems (empty when absent or in range)
	 */
	public static Map<String, List<String>> checkStockShown(Integer stockShown) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		if (stockShown != null && (stockShown < 0 || stockShown > MAX_STOCK_SHOWN)) {
			add(errors, "stockShown", "listing.error.range.stockShown");
		}
		return errors;
	}

	/**
	 * The price, from the API's paise or the form's rupees ({@link Money#parse}: "1250",
	 * "1,250.50", "₹ 1,250"). A Money refusal becomes the price field's error: a blank
	 * price is required, anything else unreadable or out of range is "not a price".
	 */
	private static Money price(ListingInput input, Map<String, List<String>> errors) {
		if (input.currency() != null && !Money.INR.getCurrencyCode().equals(input.currency())) {
			add(errors, "price.currency", "listing.error.currency");
		}
		Money price;
		if (input.priceMinor() != null) {
			price = Money.paise(input.priceMinor());
		}
		else {
			try {
				price = Money.parse(input.priceRupees());
			}
			catch (Refusal ex) {
				add(errors, "price",
						"money.required".equals(ex.messageKey()) ? "listing.error.required" : "listing.error.price");
				return null;
			}
		}
		if (!price.isPositive() || price.isGreaterThan(MAX_PRICE)) {
			add(errors, "price", "listing.error.price");
			return null;
		}
		return price;
	}

	private static String text(String value, String field, boolean required, int max,
			Map<String, List<String>> errors) {
		String stripped = given(value, field, required, errors);
		if (stripped == null) {
			return null;
		}
		if (stripped.length() > max) {
			add(errors, field, "listing.error.tooLong");
			return null;
		}
		return stripped;
	}

	private static Integer whole(String value, String field, boolean required, int min, int max,
			Map<String, List<String>> errors) {
		String stripped = given(value, field, required, errors);
		if (stripped == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(stripped);
			if (number < min || number > max) {
				add(errors, field, "listing.error.range." + field);
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			add(errors, field, "listing.error.number");
			return null;
		}
	}

	/**
	 * The value without surrounding blanks, or null when blank (an error if required).
	 */
	private static String given(String value, String field, boolean required, Map<String, List<String>> errors) {
		String stripped = (value != null) ? value.strip() : "";
		if (stripped.isEmpty()) {
			if (required) {
				add(errors, field, "listing.error.required");
			}
			return null;
		}
		return stripped;
	}

	private static void add(Map<String, List<String>> errors, String field, String code) {
		errors.computeIfAbsent(field, (key) -> new ArrayList<>()).add(code);
	}

	/**
	 * The outcome of a check.
	 *
	 * @param details the checked details, or null when there are problems
	 * @param errors message codes by field; empty when valid
	 */
	public record Checked(ListingDetails details, Map<String, List<String>> errors) {

		public boolean valid() {
			return this.errors.isEmpty();
		}

	}

}
