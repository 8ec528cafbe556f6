package ladakh.crafts.catalog.search;

/**
 * One search, already validated at the edge (the web layer answers 400 before building an
 * invalid one; the compact constructor refuses one anyway). Every filter is optional
 * ({@code null}).
 *
 * @param text the words typed, or {@code null}/blank for "everything"
 * @param craft a craft slug
 * @param sellerType {@code ARTISAN}, {@code SHG} or {@code TRAINING_CENTRE}
 * @param district {@code LEH} or {@code KARGIL}
 * @param priceMinMinor the lowest price in paise, inclusive
 * @param priceMaxMinor the highest price in paise, inclusive
 * @param gi only listings with (true) or without (false) a GI tag
 * @param inStock only listings that can be bought now
 * @param sort the order
 * @param page the page number from 1 (ignored when {@code cursor} is given)
 * @param size hits per page, 1 to {@link #MAX_SIZE}
 * @param cursor an opaque {@code nextCursor} from a previous page, or {@code null}
 * @param colour a colour code of {@link ladakh.crafts.catalog.index.Colour}
 * @param exhibition an exhibition's id: only listings of sellers given a stall there
 * (decision 57)
 */
public record SearchQuery(String text, String craft, String sellerType, String district, Long priceMinMinor,
		Long priceMaxMinor, Boolean gi, Boolean inStock, SearchSort sort, int page, int size, String cursor,
		String colour, String exhibition) {

	/** An exhibition's id as the exhibitions store it: {@code ladakh-festival-2026}. */
	private static final java.util.regex.Pattern EXHIBITION = java.util.regex.Pattern
		.compile("[a-z0-9]+(?:-[a-z0-9]+){0,12}");

	/** A search without an exhibition filter. */
	public SearchQuery(String text, String craft, String sellerType, String district, Long priceMinMinor,
			Long priceMaxMinor, Boolean gi, Boolean inStock, SearchSort sort, int page, int size, String cursor,
			String colour) {
		this(text, craft, sellerType, district, priceMinMinor, priceMaxMinor, gi, inStock, sort, page, size, cursor,
				colour, null);
	}

	/** A search without a colour filter. */
	public SearchQuery(String text, String craft, String sellerType, String district, Long priceMinMinor,
			Long priceMaxMinor, Boolean gi, Boolean inStock, SearchSort sort, int page, int size, String cursor) {
		this(text, craft, sellerType, district, priceMinMinor, priceMaxMinor, gi, inStock, sort, page, size, cursor,
				null);
	}

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	/** Longest query text accepted, in characters. */
	public static final int MAX_TEXT_LENGTH = 200;

	/**
	 * How deep page numbers go ({@code page * size}); deeper results use {@code cursor}.
	 */
	public static final int MAX_WINDOW = 10_000;

	public SearchQuery {
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
		}
		if (page < 1 || (long) page * size > MAX_WINDOW) {
			throw new IllegalArgumentException("page must be from 1 and page × size at most " + MAX_WINDOW);
		}
		if (text != null && text.length() > MAX_TEXT_LENGTH) {
			throw new IllegalArgumentException("the query is longer than " + MAX_TEXT_LENGTH + " characters");
		}
		if ((priceMinMinor != null && priceMinMinor < 0) || (priceMaxMinor != null && priceMaxMinor < 0)) {
			throw new IllegalArgumentException("prices cannot be negative");
		}
		if (priceMinMinor != null && priceMaxMinor != null && priceMinMinor > priceMaxMinor) {
			throw new IllegalArgumentException("the lowest price is above the highest");
		}
		if (colour != null && ladakh.crafts.catalog.index.Colour.ofCode(colour).isEmpty()) {
			throw new IllegalArgumentException("no such colour: " + colour);
		}
		if (exhibition != null && (exhibition.length() > 100 || !EXHIBITION.matcher(exhibition).matches())) {
			throw new IllegalArgumentException("no such exhibition: " + exhibition);
		}
		sort = (sort != null) ? sort : SearchSort.RELEVANCE;
	}

	/** Everything, first page, default size, by relevance. */
	public static SearchQuery everything() {
		return new SearchQuery(null, null, null, null, null, null, null, null, SearchSort.RELEVANCE, 1, DEFAULT_SIZE,
				null);
	}

	/** The same search with other words. */
	public SearchQuery withText(String newText) {
		return new SearchQuery(newText, this.craft, this.sellerType, this.district, this.priceMinMinor,
				this.priceMaxMinor, this.gi, this.inStock, this.sort, this.page, this.size, this.cursor, this.colour,
				this.exhibition);
	}

	/** The same search continuing after a cursor. */
	public SearchQuery after(String nextCursor) {
		return new SearchQuery(this.text, this.craft, this.sellerType, this.district, this.priceMinMinor,
				this.priceMaxMinor, this.gi, this.inStock, this.sort, this.page, this.size, nextCursor, this.colour,
				this.exhibition);
	}

}
