package ladakh.crafts.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What each craft's makers typically sell, with realistic price ranges in rupees.
 */
final class Products {

	/**
	 * A kind of product.
	 *
	 * @param titleEn the English title
	 * @param titleHi the Hindi title, or {@code null}
	 * @param materials the materials, comma-separated
	 * @param minRupees the lowest price asked
	 * @param maxRupees the highest price asked
	 * @param madeToOrderPercent how often it is made to order rather than kept in stock
	 * @param colours the colours its title names, whatever the variant (see
	 * {@link Variants})
	 */
	record Product(String titleEn, String titleHi, String materials, int minRupees, int maxRupees,
			int madeToOrderPercent, List<String> colours) {

		Product(String titleEn, String titleHi, String materials, int minRupees, int maxRupees,
				int madeToOrderPercent) {
			this(titleEn, titleHi, materials, minRupees, maxRupees, madeToOrderPercent, List.of());
		}

		List<String> materialList() {
			return Arrays.stream(this.materials.split(",")).map(String::trim).toList();
		}

	}

	private static final Map<String, List<Product>> BY_CRAFT = Map.ofEntries(Map.entry(Crafts.WOOD_CARVING, List.of(
			new Product("Hand-carved Choktse table with dragon motif", "ड्रैगन नक्काशी वाली हस्तनिर्मित चोक्त्से मेज़",
					"willow wood, mineral colours, lacquer", 18000, 45000, 50),
			new Product("Carved walnut jewellery box", "नक्काशीदार अखरोट की लकड़ी का आभूषण बक्सा",
					"walnut wood, brass hinges", 2500, 6000, 10),
			new Product("Carved window frame with lotus panels", "कमल पैनलों वाली नक्काशीदार खिड़की चौखट",
					"poplar wood, natural oil", 12000, 30000, 80),
			new Product("Wall panel of the eight auspicious symbols", "अष्टमंगल चिह्नों वाला दीवार पैनल",
					"willow wood, mineral colours", 4000, 9000, 20),
			new Product("Carved bowl with endless knot", null, "apricot wood, natural oil", 1200, 3000, 0),
			new Product("Carved prayer-book covers (pecha shing)", "नक्काशीदार पोथी आवरण", "walnut wood", 3500, 8000,
					30))),
			Map.entry(Crafts.CARPET_WEAVING, List.of(
					new Product("Hand-knotted carpet, dragon and clouds, 3 x 6 ft",
							"ड्रैगन और बादल वाला हाथ से गाँठा कालीन, 3 x 6 फ़ुट",
							"sheep wool, cotton warp, vegetable dyes", 18000, 40000, 40),
					new Product("Tiger-stripe meditation rug", "बाघ-धारी ध्यान आसन", "sheep wool, cotton warp", 9000,
							20000, 20),
					new Product("Khaden sitting carpet with medallion", "मेडलियन वाला खादेन आसन कालीन",
							"sheep wool, cotton warp, vegetable dyes", 14000, 30000, 30),
					new Product("Floor carpet 6 x 9 ft, lotus medallion", "कमल मेडलियन वाला फ़र्श कालीन, 6 x 9 फ़ुट",
							"sheep wool, cotton warp, vegetable dyes", 45000, 95000, 80),
					new Product("Saddle rug with swastika border", null, "sheep wool, cotton warp", 6000, 14000, 10))),
			Map.entry(Crafts.GARMENT_MAKING, List.of(
					new Product("Goncha robe, handspun wool", "हाथ से कते ऊन का गोंचा चोगा", "handspun wool, silk sash",
							6000, 14000, 40),
					new Product("Women's goncha with brocade trim", "ब्रोकेड किनारी वाला महिलाओं का गोंचा",
							"wool, silk brocade", 7000, 16000, 50),
					new Product("Bok cape with brocade border", "ब्रोकेड किनारी वाली बोक",
							"goat skin, wool, silk brocade", 3500, 9000, 30),
					new Product("Tilted Ladakhi hat (tibi)", "लद्दाखी टोपी (तिबी)", "velvet, brocade, fur lining", 1200,
							3500, 10),
					new Product("Children's goncha", null, "wool, cotton lining", 2500, 5000, 20))),
			Map.entry(Crafts.EMBROIDERY, List.of(
					new Product("Embroidered cushion cover, lotus motif", "कमल नमूने वाला कढ़ाईदार कुशन कवर",
							"wool fabric, silk thread", 800, 2200, 0),
					new Product("Chain-stitch wall hanging, Ladakh landscape", "चेन टाँके की दीवार सजावट, लद्दाख दृश्य",
							"cotton, woollen thread", 2500, 7000, 20),
					new Product("Embroidered table runner", "कढ़ाईदार टेबल रनर", "cotton, silk thread", 1200, 3000, 0),
					new Product("Embroidered woollen shoulder bag", null, "wool, cotton lining", 900, 2500, 0))),
			Map.entry(Crafts.NAMDA, List.of(
					new Product("Namda floor rug, felted wool", "नमदा फ़र्श दरी, ऊनी नमदा", "sheep wool, cotton thread",
							3500, 9000, 20),
					new Product("Namda with chain-stitch flowers, 2 x 3 ft", "चेन टाँके के फूलों वाला नमदा, 2 x 3 फ़ुट",
							"sheep wool, woollen thread", 2500, 5500, 10),
					new Product("Namda prayer mat", "नमदा आसन", "sheep wool", 1800, 4000, 0),
					new Product("Namda coasters, set of six", null, "sheep wool", 500, 1200, 0))),
			Map.entry(Crafts.FILIGREE,
					List.of(new Product("Silver filigree chang pot", "चाँदी तारकशी का छांग पात्र",
							"silver, copper base", 25000, 70000, 70),
							new Product("Filigree prayer wheel", "तारकशी प्रार्थना चक्र", "silver, walnut handle", 6000,
									18000, 30),
							new Product("Filigree earrings with turquoise", "फ़िरोज़ा जड़े तारकशी कर्णफूल",
									"silver, turquoise", 2500, 7000, 0, List.of("turquoise")),
							new Product("Filigree butter lamp", "तारकशी मक्खन दीप", "silver", 8000, 20000, 40),
							new Product("Filigree pendant with coral", null, "silver, coral", 3000, 8000, 0,
									List.of("red")))),
			Map.entry(Crafts.THANGKA, List.of(new Product("Thangka of Green Tara, mineral pigments on cotton",
					"हरित तारा का थंका, सूती कपड़े पर खनिज रंग",
					"cotton canvas, mineral pigments, 24k gold, silk brocade", 25000, 90000, 40, List.of("green")),
					new Product("Thangka of Buddha Shakyamuni", "बुद्ध शाक्यमुनि का थंका",
							"cotton canvas, mineral pigments, 24k gold, silk brocade", 30000, 120000, 60),
					new Product("Wheel of Life thangka", "भवचक्र थंका", "cotton canvas, mineral pigments, silk brocade",
							40000, 120000, 70),
					new Product("Medicine Buddha thangka", "भैषज्य गुरु थंका",
							"cotton canvas, mineral pigments, 24k gold", 20000, 70000, 50),
					new Product("Small thangka of White Tara", "श्वेत तारा का छोटा थंका",
							"cotton canvas, mineral pigments", 8000, 20000, 10, List.of("white")),
					new Product("Mandala of Avalokiteshvara", null, "cotton canvas, mineral pigments", 15000, 60000,
							40))),
			Map.entry(Crafts.CLAY,
					List.of(new Product("Clay mask of Mahakala, painted", "चित्रित महाकाल मुखौटा",
							"local clay, mineral colours", 2500, 6000, 20),
							new Product("Clay figure of the Buddha", "बुद्ध की मिट्टी की मूर्ति",
									"local clay, gold paint", 1500, 4500, 10),
							new Product("Painted clay yak", "चित्रित मिट्टी का याक", "local clay, mineral colours", 600,
									1500, 0),
							new Product("Clay snow lions, pair", null, "local clay, mineral colours", 1500, 3500, 0))),
			Map.entry(Crafts.PAPU,
					List.of(new Product("Papu boots with yak-wool lining", "याक-ऊन अस्तर वाले पापु जूते",
							"felt, leather, yak wool", 2500, 4500, 30),
							new Product("Papu boots with embroidered uppers", "कढ़ाईदार ऊपरी भाग वाले पापु जूते",
									"felt, leather, woollen thread", 3000, 4500, 30),
							new Product("Women's papu with leather soles", "चमड़े के तलवों वाले महिलाओं के पापु",
									"felt, leather", 2800, 4500, 20),
							new Product("Children's papu", null, "felt, leather, wool", 2500, 3200, 10))),
			Map.entry(Crafts.POTTERY, List.of(
					new Product("Likir clay teapot", "लिकिर मिट्टी की चायदानी", "Likir clay, horse dung firing", 800,
							2200, 10),
					new Product("Chang jug, burnished clay", "चमकाई मिट्टी का छांग जग", "Likir clay", 900, 2500, 10),
					new Product("Clay butter lamps, set of five", "मिट्टी के मक्खन दीप, पाँच का सेट", "Likir clay", 300,
							900, 0),
					new Product("Incense burner (sangphor)", null, "Likir clay", 600, 1800, 0),
					new Product("Clay cups, set of four", "मिट्टी के प्याले, चार का सेट", "Likir clay", 500, 1200, 0))),
			Map.entry(Crafts.BASKET,
					List.of(new Product("Tsepo willow back basket", "त्सेपो विलो पीठ टोकरी", "willow", 1200, 3000, 20),
							new Product("Willow bread basket", "विलो ब्रेड टोकरी", "willow", 400, 1000, 0),
							new Product("Wild-rose storage basket with lid", "ढक्कन वाली जंगली गुलाब टोकरी",
									"wild rose stems", 800, 2000, 10),
							new Product("Apricot-drying tray basket", null, "willow", 600, 1500, 0))),
			Map.entry(Crafts.MANI_STONE,
					List.of(new Product("Mani stone with Om Mani Padme Hum, painted",
							"ॐ मणि पद्मे हूँ अंकित चित्रित मणि पत्थर", "river stone, mineral colours", 1500, 5000, 10),
							new Product("Small mani stones, set of three", "छोटे मणि पत्थर, तीन का सेट", "river stone",
									1200, 3000, 0),
							new Product("Carved stone of Chenrezig", "चेनरेज़िग की नक्काशीदार शिला",
									"slate, mineral colours", 4000, 12000, 40),
							new Product("Mantra stone paperweight", null, "river stone", 500, 1200, 0))),
			Map.entry(Crafts.DRAGON, List.of(
					new Product("Painted dragon panel", "चित्रित ड्रैगन पैनल", "pine wood, mineral colours", 3500, 9000,
							20),
					new Product("Painted choktse top, dragon and clouds", "ड्रैगन और बादल चित्रित चोक्त्से ऊपरी भाग",
							"pine wood, mineral colours, lacquer", 6000, 15000, 50),
					new Product("Painted wall bracket with dragon", null, "poplar wood, mineral colours", 2500, 6000,
							10),
					new Product("Painted prayer-book box", "चित्रित पोथी पेटी", "pine wood, mineral colours", 3000,
							8000, 20))),
			Map.entry(Crafts.KNITTING,
					List.of(new Product("Hand-knitted yak-wool socks", "हाथ से बुने याक-ऊन के मोज़े", "yak wool", 400,
							900, 0),
							new Product("Sheep-wool gloves", "भेड़ की ऊन के दस्ताने", "sheep wool", 450, 1000, 0),
							new Product("Hand-knitted cap with ear flaps", "कान ढकने वाली हाथ से बुनी टोपी",
									"sheep wool", 500, 1200, 0),
							new Product("Hand-knitted sweater", "हाथ से बुना स्वेटर", "sheep wool", 2200, 5000, 30),
							new Product("Children's woollen set", null, "sheep wool", 1200, 2500, 10))),
			Map.entry(Crafts.PASHMINA,
					List.of(new Product("Ladakh Pashmina shawl", "लद्दाख पश्मीना शॉल", "Changthangi pashmina", 18000,
							45000, 30),
							new Product("Pashmina stole", "पश्मीना स्टोल", "Changthangi pashmina, natural dyes", 12000,
									22000, 10),
							new Product("Pashmina shawl, herringbone weave", "पश्मीना शॉल, हेरिंगबोन बुनाई",
									"Changthangi pashmina", 22000, 60000, 40),
							new Product("Pashmina shawl with embroidered border", "कढ़ाईदार किनारी वाला पश्मीना शॉल",
									"Changthangi pashmina, silk thread", 20000, 50000, 30),
							new Product("Pashmina muffler", null, "Changthangi pashmina", 8000, 14000, 0))));

	private Products() {
	}

	static List<Product> of(String craft) {
		List<Product> products = BY_CRAFT.get(craft);
		if (products == null) {
			throw new IllegalArgumentException("No products for craft " + craft);
		}
		return products;
	}

}
