package ladakh.crafts.catalog.index;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The colours a seller may give a listing: a fixed list, so the facet stays short and a
 * colour word in a query ("red carpet", "लाल कालीन") can be matched to the attribute. The
 * code is what the listing and the index hold; people see the labels (the web
 * application's messages {@code colour.<code>} in English and Hindi).
 */
public enum Colour {

	RED("red", "लाल", "crimson", "scarlet"), MAROON("maroon", "मैरून", "burgundy"),
	ORANGE("orange", "नारंगी", "saffron"), YELLOW("yellow", "पीला", "ochre", "ocher"), GOLD("gold", "सुनहरा", "golden"),
	GREEN("green", "हरा"), TURQUOISE("turquoise", "फ़िरोज़ी", "teal"), BLUE("blue", "नीला", "navy"),
	INDIGO("indigo", "नील"), PURPLE("purple", "बैंगनी", "violet"), PINK("pink", "गुलाबी"), BROWN("brown", "भूरा"),
	BLACK("black", "काला"), WHITE("white", "सफ़ेद"), CREAM("cream", "क्रीम", "beige", "ivory", "undyed"),
	GREY("grey", "स्लेटी", "gray", "धूसर"), SILVER("silver", "चाँदी"),
	MULTICOLOURED("multicoloured", "बहुरंगी", "multicolored", "multicolour", "multicolor");

	/** The most colours one listing may carry. */
	public static final int MAX_PER_LISTING = 4;

	private final String code;

	private final String hindi;

	private final Set<String> words;

	Colour(String code, String hindi, String... otherWords) {
		this.code = code;
		this.hindi = hindi;
		java.util.Set<String> all = new java.util.LinkedHashSet<>();
		all.add(code);
		all.add(hindi);
		all.addAll(List.of(otherWords));
		this.words = Set.copyOf(all);
	}

	/** What the listing and the index hold, e.g. {@code red}. */
	public String code() {
		return this.code;
	}

	/** The Hindi name, as buyers type it. */
	public String hindi() {
		return this.hindi;
	}

	/** The words a buyer may type for this colour, in English and Hindi. */
	public Set<String> words() {
		return this.words;
	}

	/** The colour of a code. */
	public static Optional<Colour> ofCode(String code) {
		for (Colour colour : values()) {
			if (colour.code.equals(code)) {
				return Optional.of(colour);
			}
		}
		return Optional.empty();
	}

	/**
	 * The colour a word names, compared after {@code normalize} (the caller's folding of
	 * case and spelling variants).
	 * @param word a normalised word
	 * @param normalize how the caller normalises text
	 * @return the colour, or empty
	 */
	public static Optional<Colour> named(String word, java.util.function.UnaryOperator<String> normalize) {
		for (Colour colour : values()) {
			for (String name : colour.words) {
				if (normalize.apply(name).equals(word)) {
					return Optional.of(colour);
				}
			}
		}
		return Optional.empty();
	}

}
