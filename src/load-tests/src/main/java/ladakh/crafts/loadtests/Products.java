package ladakh.crafts.loadtests;

import java.util.List;
import java.util.Map;

/**
 * What the makers of each craft sell, with realistic price ranges, and the words sellers
 * vary their titles with. Some sellers spell a craft the local way (thanka, numdah, pabu,
 * filigiri), which is what the search's synonym list is for.
 */
final class Products {

	/**
	 * A kind of product.
	 *
	 * @param en the English title
	 * @param hi the Hindi title
	 * @param materials the materials
	 * @param minRupees the lowest price asked
	 * @param maxRupees the highest price asked
	 * @param madeToOrderPercent how often it is made to order
	 * @param weightGrams a typical weight
	 * @param dimensions a typical size, or {@code null}
	 */
	record Kind(String en, String hi, List<String> materials, int minRupees, int maxRupees, int madeToOrderPercent,
			int weightGrams, String dimensions) {

	}

	/**
	 * A word a seller adds to a title: a colour, a motif, a size.
	 *
	 * @param en English
	 * @param hi Hindi
	 */
	record Qualifier(String en, String hi) {

	}

	static final Map<String, String> GI_NAMES = Map.of("pashmina-weaving", "Ladakh Pashmina", "wood-carving",
			"Ladakh Wood Carving");

	/** A title word and how some sellers spell it. */
	static final Map<String, List<String>> LOCAL_SPELLINGS = Map.of("Thangka", List.of("Thanka", "Tangka"), "Pashmina",
			List.of("Pashm", "Pashmeena"), "Namda", List.of("Numdah", "Namdah"), "Papu", List.of("Pabu"), "Filigree",
			List.of("Filigiri"), "Mani stone", List.of("Mani stones"), "Choktse", List.of("Chogtse"));

	private static final List<Qualifier> WOOL_COLOURS = List.of(new Qualifier("natural grey", "प्राकृतिक स्लेटी"),
			new Qualifier("maroon", "मैरून"), new Qualifier("indigo", "नील"), new Qualifier("saffron", "केसरिया"),
			new Qualifier("walnut brown", "अखरोटी भूरा"), new Qualifier("ivory", "हाथीदांत सफ़ेद"),
			new Qualifier("charcoal", "कोयला काला"), new Qualifier("turquoise", "फ़िरोज़ी"),
			new Qualifier("rust red", "जंग लाल"));

	private static final List<Qualifier> MOTIFS = List.of(new Qualifier("dragon motif", "ड्रैगन नमूना"),
			new Qualifier("lotus motif", "कमल नमूना"), new Qualifier("endless knot", "अनंत गाँठ"),
			new Qualifier("snow lion", "हिम सिंह"), new Qualifier("cloud border", "बादल किनारी"),
			new Qualifier("eight auspicious symbols", "अष्टमंगल चिह्न"),
			new Qualifier("apricot blossom", "खुबानी के फूल"), new Qualifier("double dorje", "विश्व वज्र"));

	private static final List<Qualifier> SIZES = List.of(new Qualifier("small", "छोटा"),
			new Qualifier("medium", "मध्यम"), new Qualifier("large", "बड़ा"), new Qualifier("gift size", "उपहार आकार"));

	private static final Map<String, List<Kind>> BY_CRAFT = Map.ofEntries(
			Map.entry("wood-carving", List.of(
					kind("Choktse table, hand-carved", "हाथ से उकेरी चोक्त्से मेज़", "willow wood, mineral colours",
							18000, 45000, 50, 9000, "60 × 40 × 35 cm"),
					kind("Carved walnut jewellery box", "अखरोट की लकड़ी का नक्काशीदार आभूषण बक्सा",
							"walnut wood, brass", 2500, 6000, 10, 800, "20 × 12 × 8 cm"),
					kind("Carved window frame", "नक्काशीदार खिड़की चौखट", "poplar wood, natural oil", 12000, 30000, 80,
							15000, "120 × 90 cm"),
					kind("Carved wall panel", "नक्काशीदार दीवार पैनल", "willow wood, mineral colours", 4000, 9000, 20,
							2500, "60 × 30 cm"),
					kind("Carved bowl", "नक्काशीदार कटोरा", "apricot wood, natural oil", 1200, 3000, 0, 400, null))),
			Map.entry("carpet-weaving",
					List.of(kind("Hand-knotted carpet, 3 x 6 ft", "हाथ से गाँठा कालीन, 3 x 6 फ़ुट",
							"sheep wool, cotton warp, vegetable dyes", 18000, 40000, 40, 6000, "90 × 180 cm"),
							kind("Tiger-stripe meditation rug", "बाघ-धारी ध्यान आसन", "sheep wool, cotton warp", 9000,
									20000, 20, 3000, "60 × 120 cm"),
							kind("Khaden sitting carpet", "खादेन आसन कालीन", "sheep wool, cotton warp, vegetable dyes",
									14000, 30000, 30, 4000, "75 × 150 cm"),
							kind("Floor carpet 6 x 9 ft", "फ़र्श कालीन, 6 x 9 फ़ुट",
									"sheep wool, cotton warp, vegetable dyes", 45000, 95000, 80, 18000, "180 × 270 cm"),
							kind("Saddle rug", "काठी कालीन", "sheep wool, cotton warp", 6000, 14000, 10, 2500, null))),
			Map.entry("ladakhi-garment-making",
					List.of(kind("Goncha robe", "गोंचा चोगा", "handspun wool, silk sash", 6000, 14000, 40, 1800, null),
							kind("Women's goncha with brocade trim", "ब्रोकेड किनारी वाला महिलाओं का गोंचा",
									"wool, silk brocade", 7000, 16000, 50, 1900, null),
							kind("Bok cape", "बोक", "goat skin, wool, silk brocade", 3500, 9000, 30, 1500, null),
							kind("Ladakhi hat (tibi)", "लद्दाखी टोपी (तिबी)", "velvet, brocade, fur lining", 1200, 3500,
									10, 250, null))),
			Map.entry("embroidery", List.of(
					kind("Embroidered cushion cover", "कढ़ाईदार कुशन कवर", "wool fabric, silk thread", 800, 2200, 0,
							300, "40 × 40 cm"),
					kind("Chain-stitch wall hanging", "चेन टाँके की दीवार सजावट", "cotton, woollen thread", 2500, 7000,
							20, 600, "90 × 60 cm"),
					kind("Embroidered table runner", "कढ़ाईदार टेबल रनर", "cotton, silk thread", 1200, 3000, 0, 350,
							"150 × 35 cm"),
					kind("Embroidered shoulder bag", "कढ़ाईदार झोला", "wool, cotton lining", 900, 2500, 0, 400, null))),
			Map.entry("namda-making",
					List.of(kind("Namda floor rug", "नमदा फ़र्श दरी", "sheep wool, cotton thread", 3500, 9000, 20, 3000,
							"120 × 180 cm"),
							kind("Namda with chain-stitch flowers", "चेन टाँके के फूलों वाला नमदा",
									"sheep wool, woollen thread", 2500, 5500, 10, 2000, "60 × 90 cm"),
							kind("Namda prayer mat", "नमदा आसन", "sheep wool", 1800, 4000, 0, 1200, "60 × 60 cm"),
							kind("Namda coasters, set of six", "नमदा कोस्टर, छह का सेट", "sheep wool", 500, 1200, 0,
									150, null))),
			Map.entry("silver-filigree",
					List.of(kind("Silver filigree chang pot", "चाँदी तारकशी का छांग पात्र", "silver, copper base",
							25000, 70000, 70, 900, null),
							kind("Filigree prayer wheel", "तारकशी प्रार्थना चक्र", "silver, walnut handle", 6000, 18000,
									30, 300, null),
							kind("Filigree earrings with turquoise", "फ़िरोज़ा जड़े तारकशी कर्णफूल",
									"silver, turquoise", 2500, 7000, 0, 20, null),
							kind("Filigree butter lamp", "तारकशी मक्खन दीप", "silver", 8000, 20000, 40, 250, null),
							kind("Filigree pendant with coral", "मूंगा जड़ा तारकशी लॉकेट", "silver, coral", 3000, 8000,
									0, 15, null))),
			Map.entry("thangka-painting", List.of(kind("Thangka of Green Tara", "हरित तारा का थंका",
					"cotton canvas, mineral pigments, 24k gold, silk brocade", 25000, 90000, 40, 700, "60 × 90 cm"),
					kind("Thangka of Buddha Shakyamuni", "बुद्ध शाक्यमुनि का थंका",
							"cotton canvas, mineral pigments, 24k gold, silk brocade", 30000, 120000, 60, 800,
							"70 × 100 cm"),
					kind("Wheel of Life thangka", "भवचक्र थंका", "cotton canvas, mineral pigments, silk brocade", 40000,
							120000, 70, 900, "75 × 110 cm"),
					kind("Medicine Buddha thangka", "भैषज्य गुरु थंका", "cotton canvas, mineral pigments, 24k gold",
							20000, 70000, 50, 600, "50 × 75 cm"),
					kind("Small thangka of White Tara", "श्वेत तारा का छोटा थंका", "cotton canvas, mineral pigments",
							8000, 20000, 10, 250, "30 × 40 cm"))),
			Map.entry("clay-moulding",
					List.of(kind("Clay mask of Mahakala", "महाकाल का मिट्टी का मुखौटा", "local clay, mineral colours",
							2500, 6000, 20, 1500, null),
							kind("Clay figure of the Buddha", "बुद्ध की मिट्टी की मूर्ति", "local clay, gold paint",
									1500, 4500, 10, 1200, null),
							kind("Painted clay yak", "चित्रित मिट्टी का याक", "local clay, mineral colours", 600, 1500,
									0, 500, null))),
			Map.entry("papu-shoe-making", List.of(
					kind("Papu boots with yak-wool lining", "याक-ऊन अस्तर वाले पापु जूते", "felt, leather, yak wool",
							2500, 4500, 30, 1400, null),
					kind("Papu boots with embroidered uppers", "कढ़ाईदार पापु जूते", "felt, leather, woollen thread",
							3000, 4500, 30, 1300, null),
					kind("Children's papu", "बच्चों के पापु", "felt, leather, wool", 2500, 3200, 10, 700, null))),
			Map.entry("pottery", List.of(
					kind("Likir clay teapot", "लिकिर मिट्टी की चायदानी", "Likir clay", 800, 2200, 10, 1100, null),
					kind("Chang jug, burnished clay", "चमकाई मिट्टी का छांग जग", "Likir clay", 900, 2500, 10, 1300,
							null),
					kind("Clay butter lamps, set of five", "मिट्टी के मक्खन दीप, पाँच का सेट", "Likir clay", 300, 900,
							0, 600, null),
					kind("Clay cups, set of four", "मिट्टी के प्याले, चार का सेट", "Likir clay", 500, 1200, 0, 700,
							null))),
			Map.entry("basket-making",
					List.of(kind("Tsepo willow back basket", "त्सेपो विलो पीठ टोकरी", "willow", 1200, 3000, 20, 1500,
							"45 × 35 × 60 cm"),
							kind("Willow bread basket", "विलो ब्रेड टोकरी", "willow", 400, 1000, 0, 300, null),
							kind("Wild-rose storage basket", "जंगली गुलाब की टोकरी", "wild rose stems", 800, 2000, 10,
									600, null))),
			Map.entry("mani-stone-carving",
					List.of(kind("Mani stone with Om Mani Padme Hum", "ॐ मणि पद्मे हूँ अंकित मणि पत्थर",
							"river stone, mineral colours", 1500, 5000, 10, 2500, null),
							kind("Small mani stones, set of three", "छोटे मणि पत्थर, तीन का सेट", "river stone", 1200,
									3000, 0, 1800, null),
							kind("Carved stone of Chenrezig", "चेनरेज़िग की नक्काशीदार शिला", "slate, mineral colours",
									4000, 12000, 40, 6000, null))),
			Map.entry("dragon-painting",
					List.of(kind("Painted dragon panel", "चित्रित ड्रैगन पैनल", "pine wood, mineral colours", 3500,
							9000, 20, 2000, "60 × 30 cm"),
							kind("Painted choktse top", "चित्रित चोक्त्से ऊपरी भाग",
									"pine wood, mineral colours, lacquer", 6000, 15000, 50, 3500, "60 × 40 cm"),
							kind("Painted prayer-book box", "चित्रित पोथी पेटी", "pine wood, mineral colours", 3000,
									8000, 20, 1500, null))),
			Map.entry("hosiery-hand-knitting", List.of(
					kind("Hand-knitted yak-wool socks", "हाथ से बुने याक-ऊन के मोज़े", "yak wool", 400, 900, 0, 150,
							null),
					kind("Sheep-wool gloves", "भेड़ की ऊन के दस्ताने", "sheep wool", 450, 1000, 0, 120, null),
					kind("Hand-knitted cap with ear flaps", "कान ढकने वाली हाथ से बुनी टोपी", "sheep wool", 500, 1200,
							0, 130, null),
					kind("Hand-knitted sweater", "हाथ से बुना स्वेटर", "sheep wool", 2200, 5000, 30, 700, null))),
			Map.entry("pashmina-weaving",
					List.of(kind("Pashmina shawl", "पश्मीना शॉल", "Changthangi pashmina", 18000, 45000, 30, 350,
							"100 × 200 cm"),
							kind("Pashmina stole", "पश्मीना स्टोल", "Changthangi pashmina", 12000, 22000, 10, 200,
									"70 × 200 cm"),
							kind("Pashmina shawl, herringbone weave", "पश्मीना शॉल, हेरिंगबोन बुनाई",
									"Changthangi pashmina", 22000, 60000, 40, 380, "100 × 200 cm"),
							kind("Pashmina muffler", "पश्मीना मफ़लर", "Changthangi pashmina", 8000, 14000, 0, 120,
									"30 × 160 cm"))));

	private Products() {
	}

	static List<Kind> of(String craft) {
		List<Kind> kinds = BY_CRAFT.get(craft);
		if (kinds == null) {
			throw new IllegalArgumentException("No products for craft " + craft);
		}
		return kinds;
	}

	/**
	 * Textiles are qualified by colour, carved and painted work by motif, the rest by
	 * size.
	 */
	static List<Qualifier> qualifiers(String craft) {
		return switch (craft) {
			case "pashmina-weaving", "hosiery-hand-knitting", "ladakhi-garment-making", "carpet-weaving",
					"namda-making", "embroidery" ->
				WOOL_COLOURS;
			case "wood-carving", "dragon-painting", "silver-filigree", "thangka-painting" -> MOTIFS;
			default -> SIZES;
		};
	}

	private static Kind kind(String en, String hi, String materials, int minRupees, int maxRupees,
			int madeToOrderPercent, int weightGrams, String dimensions) {
		return new Kind(en, hi, List.of(materials.split(",\\s*")), minRupees, maxRupees, madeToOrderPercent,
				weightGrams, dimensions);
	}

}
