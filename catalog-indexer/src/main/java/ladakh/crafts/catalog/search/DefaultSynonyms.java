package ladakh.crafts.catalog.search;

import java.time.Instant;
import java.util.List;

/**
 * The groups the storefront starts with, in editions: each edition is written once (see
 * {@link SynonymStore#seedDefaults()}), so an installation that has the first gets the
 * later ones without losing its staff's edits. Staff change them at
 * {@code /admin/search/synonyms}.
 */
final class DefaultSynonyms {

	private DefaultSynonyms() {
	}

	/**
	 * One set of default groups.
	 *
	 * @param name its id in {@link SynonymStore#EDITIONS}
	 * @param first whether it is the first edition (written only into an empty
	 * collection)
	 * @param groups the groups
	 */
	record Edition(String name, boolean first, List<SynonymGroup> groups) {

	}

	static List<Edition> editions(Instant now) {
		return List.of(new Edition("1-craft-words", true, craftWords(now)),
				new Edition("2-spellings-and-categories", false, spellingsAndCategories(now)));
	}

	static List<SynonymGroup> groups(Instant now) {
		return editions(now).stream().flatMap((edition) -> edition.groups().stream()).toList();
	}

	/**
	 * Ladakhi craft words as buyers type them in English, transliterated and in
	 * Devanagari.
	 */
	private static List<SynonymGroup> craftWords(Instant now) {
		return List.of(group(now, "thangka", "thanka", "tangka", "thangka painting", "थंगका", "थांका", "थंका"),
				group(now, "pashmina", "pashm", "lena", "pashmina shawl", "पश्मीना", "पशमीना", "पश्म"),
				group(now, "namda", "numdah", "numda", "नमदा"), group(now, "papu", "pabu", "पापु", "पाबु"),
				group(now, "filigree", "filigiri", "filigri", "फिलिग्री"),
				group(now, "mani stone carving", "mani stones", "mani stone", "मणि पत्थर"),
				group(now, "goncha", "gonchas", "गोंचा"), group(now, "perak", "perag", "पेराक"),
				group(now, "thigma", "tigma", "थिगमा"), group(now, "choktse", "chogtse", "चोकत्से"),
				group(now, "nambu", "snambu", "नम्बू"));
	}

	/**
	 * British and American spellings (both ways), and category words buyers use for what
	 * the crafts make (one way: "rug" finds carpets; "carpet" does not find every rug
	 * word). Decision 48.
	 */
	private static List<SynonymGroup> spellingsAndCategories(Instant now) {
		return List.of(group(now, "colour", "color", "colours", "colors", "coloured", "colored", "रंग"),
				group(now, "grey", "gray", "greys", "grays"), group(now, "woollen", "woolen", "woollens", "woolens"),
				group(now, "centre", "center", "centres", "centers"),
				group(now, "centrepiece", "centerpiece", "centrepieces", "centerpieces"), group(now, "ochre", "ocher"),
				group(now, "mould", "mold", "moulded", "molded"), group(now, "cosy", "cozy", "cosies", "cozies"),
				group(now, "pyjama", "pajama", "pyjamas", "pajamas"), group(now, "catalogue", "catalog"),
				group(now, "favourite", "favorite"),
				category(now,
						List.of("jewellery", "jewelry", "jewellry", "jewelery", "ornament", "ornaments", "गहने",
								"आभूषण"),
						"filigree", "earrings", "pendant", "necklace", "bracelet", "perak", "कर्णफूल"),
				category(now, List.of("rug", "rugs", "dari", "durrie", "dhurrie", "दरी"), "carpet", "namda", "mat",
						"कालीन", "नमदा"),
				category(now, List.of("scarf", "scarves", "shawl", "shawls", "wrap", "wraps", "शॉल", "दुपट्टा"),
						"pashmina", "stole", "muffler", "shawl"),
				category(now, List.of("home decor", "home decoration", "decor", "decoration", "décor"), "wall hanging",
						"wall panel", "cushion cover", "table runner", "butter lamp", "mask", "snow lions", "thangka",
						"carved"),
				category(now, List.of("wall art", "wall painting", "wall decor", "painting", "paintings"), "thangka",
						"wall hanging", "wall panel", "mandala", "dragon panel"),
				category(now, List.of("footwear", "shoes", "boots", "जूते"), "papu"),
				category(now, List.of("clothing", "clothes", "dress", "robe", "कपड़े"), "goncha", "bok", "tibi",
						"sweater", "cap"),
				category(now, List.of("kitchenware", "tableware", "crockery", "tea set", "बर्तन"), "teapot", "cups",
						"jug", "bowl", "chang pot", "basket"));
	}

	private static SynonymGroup group(Instant now, String... terms) {
		return new SynonymGroup(null, List.of(terms), "system", now);
	}

	private static SynonymGroup category(Instant now, List<String> words, String... means) {
		return new SynonymGroup(null, words, "system", now, List.of(means));
	}

}
