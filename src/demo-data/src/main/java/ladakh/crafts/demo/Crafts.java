package ladakh.crafts.demo;

import java.util.List;

/**
 * The crafts of the handicraft and handloom departments.
 */
final class Crafts {

	static final String WOOD_CARVING = "wood-carving";

	static final String CARPET_WEAVING = "carpet-weaving";

	static final String GARMENT_MAKING = "ladakhi-garment-making";

	static final String EMBROIDERY = "embroidery";

	static final String NAMDA = "namda-making";

	static final String FILIGREE = "silver-filigree";

	static final String THANGKA = "thangka-painting";

	static final String CLAY = "clay-moulding";

	static final String PAPU = "papu-shoe-making";

	static final String POTTERY = "pottery";

	static final String BASKET = "basket-making";

	static final String MANI_STONE = "mani-stone-carving";

	static final String DRAGON = "dragon-painting";

	static final String KNITTING = "hosiery-hand-knitting";

	static final String PASHMINA = "pashmina-weaving";

	private Crafts() {
	}

	static List<Craft> all() {
		return List.of(craft(WOOD_CARVING, "Wood carving", "काष्ठ नक्काशी",
				"Choktse tables, chests and panels carved with dragons, lotuses and the eight auspicious symbols.",
				"ड्रैगन, कमल और अष्टमंगल चिह्नों से उकेरी गई चोक्त्से मेज़ें, संदूक और पैनल।", 1),
				craft(CARPET_WEAVING, "Carpet weaving", "कालीन बुनाई",
						"Hand-knotted Tibetan-style carpets of sheep wool, woven on upright looms.",
						"खड़े करघों पर भेड़ की ऊन से हाथ से गाँठे गए तिब्बती शैली के कालीन।", 2),
				craft(GARMENT_MAKING, "Ladakhi garment making", "लद्दाखी परिधान निर्माण",
						"Goncha robes, bok capes and tilted perak-style caps cut and stitched the Ladakhi way.",
						"लद्दाखी ढंग से काटे और सिले गए गोंचा चोगे, बोक और पारंपरिक टोपियाँ।", 3),
				craft(EMBROIDERY, "Embroidery", "कढ़ाई",
						"Fine chain and satin stitch on wool and silk, in floral and cloud motifs.",
						"ऊन और रेशम पर फूलों व बादलों के नमूनों में महीन चेन और साटन टाँका।", 4),
				craft(NAMDA, "Namda making", "नमदा निर्माण",
						"Felted wool rugs, pressed by hand and embroidered with bright flowers.",
						"हाथ से दबाकर बनाए गए ऊनी नमदे, जिन पर चटकीले फूलों की कढ़ाई होती है।", 5),
				craft(FILIGREE, "Silver filigree", "चाँदी तारकशी",
						"Silver wire twisted and soldered into chang pots, prayer wheels and jewellery.",
						"चाँदी के तार को मोड़कर और जोड़कर बने छांग पात्र, प्रार्थना चक्र और आभूषण।", 6),
				craft(THANGKA, "Thangka painting", "थंका चित्रकला",
						"Buddhist scroll paintings in mineral pigments and gold on primed cotton.",
						"सूती कपड़े पर खनिज रंगों और सोने से बने बौद्ध पट-चित्र।", 7),
				craft(CLAY, "Clay moulding", "मिट्टी की मूर्ति कला",
						"Hand-moulded and painted clay figures of deities, masks and animals.",
						"हाथ से गढ़ी और रंगी गई देवताओं, मुखौटों और पशुओं की मिट्टी की मूर्तियाँ।", 8),
				craft(PAPU, "Papu shoe making", "पापु जूता निर्माण",
						"Traditional Ladakhi boots of felt and leather with woollen uppers and yak-hair soles.",
						"नमदे और चमड़े से बने पारंपरिक लद्दाखी जूते, ऊनी ऊपरी भाग के साथ।", 9),
				craft(POTTERY, "Pottery", "कुम्हारी कला",
						"Wheel-free Likir pottery: stoves, pots and cups of local clay, burnished and fired.",
						"लिकिर की पारंपरिक कुम्हारी: स्थानीय मिट्टी के चूल्हे, बर्तन और प्याले।", 10),
				craft(BASKET, "Basket making", "टोकरी बुनाई",
						"Willow and wild-rose baskets, from the tsepo back basket to small bread baskets.",
						"विलो और जंगली गुलाब की टहनियों से बनी पीठ की टोकरियाँ और छोटी टोकरियाँ।", 11),
				craft(MANI_STONE, "Mani stone carving", "मणि पत्थर नक्काशी",
						"Stones carved with the six-syllable mantra and painted, as laid on mani walls.",
						"षडक्षरी मंत्र उकेरे और रंगे पत्थर, जैसे मणि दीवारों पर रखे जाते हैं।", 12),
				craft(DRAGON, "Dragon painting", "ड्रैगन चित्रकारी",
						"Dragons, clouds and flowers painted on wood, the work that finishes a carved choktse.",
						"लकड़ी पर ड्रैगन, बादल और फूलों की चित्रकारी, जो नक्काशीदार चोक्त्से को पूरा करती है।", 13),
				craft(KNITTING, "Hosiery and hand knitting", "होज़री एवं हाथ की बुनाई",
						"Hand-knitted socks, gloves, caps and sweaters of local sheep and yak wool.",
						"स्थानीय भेड़ और याक की ऊन से हाथ से बुने मोज़े, दस्ताने, टोपियाँ और स्वेटर।", 14),
				new Craft(PASHMINA, new Localized("Pashmina weaving", "पश्मीना बुनाई"),
						new Localized("Shawls and stoles hand-woven from the fine undercoat of Changthangi goats.",
								"चांगथांगी बकरियों की महीन ऊन से हाथ से बुनी शॉलें और स्टोल।"),
						Department.HANDLOOM, 15));
	}

	private static Craft craft(String id, String nameEn, String nameHi, String descriptionEn, String descriptionHi,
			int sortOrder) {
		return new Craft(id, new Localized(nameEn, nameHi), new Localized(descriptionEn, descriptionHi),
				Department.HANDICRAFT, sortOrder);
	}

}
