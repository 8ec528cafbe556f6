package ladakh.crafts.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes demo titles vary: each product of a craft comes in several finishes or colours
 * (", indigo", ", on red brocade", ", oxidised"), and a product's variants are used in
 * turn before any repeats, so a broad search ("silver", "carpet") does not show the same
 * title again and again. Each variant names its colours, so a listing's colours agree
 * with its title. A random stream of its own keeps the rest of the demo data (sellers,
 * prices, dates) as it was.
 */
final class Variants {

	/**
	 * A finish or colour of a product.
	 *
	 * @param en appended to the English title
	 * @param hi appended to the Hindi title
	 * @param colours colour codes of the listing form's list
	 */
	record Variant(String en, String hi, List<String> colours) {

	}

	private static final List<Variant> TEXTILE = List.of(v(", indigo", ", नील", "indigo"),
			v(", natural grey", ", प्राकृतिक स्लेटी", "grey"), v(", natural cream", ", प्राकृतिक क्रीम", "cream"),
			v(", walnut brown", ", अखरोटी भूरा", "brown"), v(", madder red", ", मजीठ लाल", "red"),
			v(", saffron and maroon", ", केसरिया और मैरून", "orange", "maroon"),
			v(", turquoise", ", फ़िरोज़ी", "turquoise"), v(", black and white", ", काला और सफ़ेद", "black", "white"),
			v(", forest green", ", गहरा हरा", "green"), v(", rose pink", ", गुलाबी", "pink"));

	private static final List<Variant> CARPET = List.of(v(", red and blue", ", लाल और नीला", "red", "blue"),
			v(", indigo and cream", ", नील और क्रीम", "indigo", "cream"),
			v(", maroon and gold", ", मैरून और सुनहरा", "maroon", "gold"),
			v(", orange and black", ", नारंगी और काला", "orange", "black"),
			v(", turquoise and white", ", फ़िरोज़ी और सफ़ेद", "turquoise", "white"),
			v(", green and yellow", ", हरा और पीला", "green", "yellow"),
			v(", natural grey and brown", ", प्राकृतिक स्लेटी और भूरा", "grey", "brown"),
			v(", multicoloured", ", बहुरंगी", "multicoloured"));

	private static final List<Variant> PAINTED = List.of(v(", red and gold", ", लाल और सुनहरा", "red", "gold"),
			v(", blue and gold", ", नीला और सुनहरा", "blue", "gold"),
			v(", green and gold", ", हरा और सुनहरा", "green", "gold"),
			v(", black and white", ", काला और सफ़ेद", "black", "white"),
			v(", natural brown", ", प्राकृतिक भूरा", "brown"),
			v(", turquoise and red", ", फ़िरोज़ी और लाल", "turquoise", "red"),
			v(", yellow and maroon", ", पीला और मैरून", "yellow", "maroon"),
			v(", multicoloured", ", बहुरंगी", "multicoloured"));

	private static final List<Variant> THANGKA = List.of(v(", on red brocade", ", लाल ब्रोकेड पर", "red", "gold"),
			v(", on blue brocade", ", नीले ब्रोकेड पर", "blue", "gold"),
			v(", on yellow brocade", ", पीले ब्रोकेड पर", "yellow", "gold"),
			v(", on maroon brocade", ", मैरून ब्रोकेड पर", "maroon", "gold"),
			v(", on green brocade", ", हरे ब्रोकेड पर", "green", "gold"),
			v(", gold on black", ", काले पर सुनहरा", "black", "gold"),
			v(", gold on red", ", लाल पर सुनहरा", "red", "gold"), v(", unframed", ", बिना फ़्रेम", "multicoloured"));

	private static final List<Variant> SILVER = List.of(v(", polished", ", चमकाया हुआ", "silver"),
			v(", oxidised", ", ऑक्सीकृत", "silver", "black"), v(", gold-washed", ", सुनहरी परत", "silver", "gold"),
			v(", antique finish", ", पुरानी चमक", "silver", "grey"), v(", Leh pattern", ", लेह नमूना", "silver"),
			v(", Chiktan pattern", ", चिकतन नमूना", "silver"), v(", small", ", छोटा", "silver"),
			v(", large", ", बड़ा", "silver"));

	private static final List<Variant> EARTH = List.of(v(", black burnished", ", काली चमकाई", "black"),
			v(", smoke grey", ", धुएँ जैसा स्लेटी", "grey"), v(", natural brown", ", प्राकृतिक भूरा", "brown"),
			v(", terracotta red", ", टेराकोटा लाल", "red"), v(", cream slip", ", क्रीम लेप", "cream"),
			v(", white and blue", ", सफ़ेद और नीला", "white", "blue"), v(", small", ", छोटा", "brown"),
			v(", large", ", बड़ा", "black"));

	private static final List<Variant> WILLOW = List.of(v(", natural willow", ", प्राकृतिक विलो", "cream"),
			v(", dark willow", ", गहरा विलो", "brown"), v(", with red bands", ", लाल पट्टियों वाली", "cream", "red"),
			v(", with green bands", ", हरी पट्टियों वाली", "cream", "green"),
			v(", two-tone", ", दो रंगों वाली", "brown", "cream"), v(", small", ", छोटी", "brown"),
			v(", large", ", बड़ी", "cream"), v(", with blue bands", ", नीली पट्टियों वाली", "cream", "blue"));

	private static final Map<String, List<Variant>> BY_CRAFT = Map.ofEntries(Map.entry(Crafts.PASHMINA, TEXTILE),
			Map.entry(Crafts.EMBROIDERY, TEXTILE), Map.entry(Crafts.GARMENT_MAKING, TEXTILE),
			Map.entry(Crafts.KNITTING, TEXTILE), Map.entry(Crafts.NAMDA, CARPET),
			Map.entry(Crafts.CARPET_WEAVING, CARPET), Map.entry(Crafts.PAPU, CARPET),
			Map.entry(Crafts.WOOD_CARVING, PAINTED), Map.entry(Crafts.DRAGON, PAINTED), Map.entry(Crafts.CLAY, PAINTED),
			Map.entry(Crafts.MANI_STONE, PAINTED), Map.entry(Crafts.THANGKA, THANGKA),
			Map.entry(Crafts.FILIGREE, SILVER), Map.entry(Crafts.POTTERY, EARTH), Map.entry(Crafts.BASKET, WILLOW));

	private final Random random;

	/** Per product title: its variants in a shuffled order, and how many were used. */
	private final Map<String, List<Variant>> orders = new HashMap<>();

	private final Map<String, Integer> used = new HashMap<>();

	Variants(Random random) {
		this.random = random;
	}

	/** The next variant of a product: each is used once before any is used again. */
	Variant next(String craft, Products.Product product) {
		List<Variant> order = this.orders.computeIfAbsent(product.titleEn(), (title) -> {
			List<Variant> shuffled = new ArrayList<>(of(craft));
			Collections.shuffle(shuffled, this.random);
			return shuffled;
		});
		int n = this.used.merge(product.titleEn(), 1, Integer::sum) - 1;
		return order.get(n % order.size());
	}

	/**
	 * The title with the variant, in both languages (Hindi only where the product has
	 * it).
	 */
	static Localized title(Products.Product product, Variant variant) {
		return new Localized(product.titleEn() + variant.en(),
				(product.titleHi() != null) ? product.titleHi() + variant.hi() : null);
	}

	/**
	 * The product's own colours (named in its title) and the variant's, without repeats.
	 */
	static List<String> colours(Products.Product product, Variant variant) {
		Set<String> colours = new LinkedHashSet<>(product.colours());
		colours.addAll(variant.colours());
		return List.copyOf(colours);
	}

	static List<Variant> of(String craft) {
		List<Variant> variants = BY_CRAFT.get(craft);
		if (variants == null) {
			throw new IllegalArgumentException("No variants for craft " + craft);
		}
		return variants;
	}

	private static Variant v(String en, String hi, String... colours) {
		return new Variant(en, hi, List.of(colours));
	}

}
