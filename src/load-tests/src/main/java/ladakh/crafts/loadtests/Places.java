package ladakh.crafts.loadtests;

import java.util.List;

/**
 * Villages of Leh and Kargil districts where artisans, SHGs and training centres are, and
 * the names families there give.
 */
final class Places {

	/**
	 * A village.
	 *
	 * @param name the village
	 * @param hi its name in Devanagari
	 * @param block its block
	 * @param district {@code LEH} or {@code KARGIL}
	 * @param muslim whether most families follow the Muslim naming tradition
	 * @param crafts the crafts it is known for
	 */
	record Village(String name, String hi, String block, String district, boolean muslim, List<String> crafts) {

		String districtCode() {
			return "LEH".equals(this.district) ? "LEH" : "KGL";
		}

	}

	static final List<Village> VILLAGES = List.of(
			v("Chuchot", "चुचोत", "Chuchot", "LEH", true, "wood-carving", "dragon-painting"),
			v("Stok", "स्तोक", "Leh", "LEH", false, "thangka-painting", "clay-moulding"),
			v("Phyang", "फ्यांग", "Leh", "LEH", false, "embroidery", "ladakhi-garment-making"),
			v("Likir", "लिकिर", "Likir", "LEH", false, "pottery", "clay-moulding"),
			v("Basgo", "बासगो", "Likir", "LEH", false, "wood-carving", "mani-stone-carving"),
			v("Nyoma", "न्योमा", "Nyoma", "LEH", false, "hosiery-hand-knitting", "namda-making", "papu-shoe-making"),
			v("Diskit", "दिस्कित", "Nubra", "LEH", false, "basket-making", "hosiery-hand-knitting"),
			v("Shey", "शे", "Leh", "LEH", false, "thangka-painting", "silver-filigree"),
			v("Saspol", "सासपोल", "Saspol", "LEH", false, "ladakhi-garment-making", "papu-shoe-making"),
			v("Khaltsi", "खालत्सी", "Khaltsi", "LEH", false, "basket-making", "wood-carving"),
			v("Choglamsar", "चोगलमसर", "Leh", "LEH", false, "carpet-weaving", "pashmina-weaving"),
			v("Tangtse", "तांगत्से", "Durbuk", "LEH", false, "carpet-weaving", "hosiery-hand-knitting"),
			v("Thiksay", "थिकसे", "Leh", "LEH", false, "thangka-painting", "mani-stone-carving"),
			v("Hemis", "हेमिस", "Kharu", "LEH", false, "thangka-painting", "clay-moulding"),
			v("Chemrey", "चेमरे", "Kharu", "LEH", false, "wood-carving", "dragon-painting"),
			v("Korzok", "कोरज़ोक", "Nyoma", "LEH", false, "pashmina-weaving", "hosiery-hand-knitting"),
			v("Hanle", "हानले", "Nyoma", "LEH", false, "pashmina-weaving", "namda-making"),
			v("Sumur", "सुमूर", "Nubra", "LEH", false, "basket-making", "pashmina-weaving"),
			v("Turtuk", "तुरतुक", "Turtuk", "LEH", true, "basket-making", "hosiery-hand-knitting"),
			v("Alchi", "अलची", "Saspol", "LEH", false, "thangka-painting", "mani-stone-carving"),
			v("Temisgam", "तेमिसगाम", "Khaltsi", "LEH", false, "wood-carving", "embroidery"),
			v("Spituk", "स्पितुक", "Leh", "LEH", false, "pashmina-weaving", "silver-filigree"),
			v("Kargil", "कारगिल", "Kargil", "KARGIL", true, "silver-filigree", "embroidery"),
			v("Sankoo", "सांकू", "Sankoo", "KARGIL", true, "wood-carving", "embroidery"),
			v("Drass", "द्रास", "Drass", "KARGIL", true, "namda-making", "hosiery-hand-knitting"),
			v("Shargole", "शरगोल", "Shargole", "KARGIL", false, "papu-shoe-making", "ladakhi-garment-making"),
			v("Trespone", "त्रेसपोन", "Trespone", "KARGIL", true, "silver-filigree", "embroidery"),
			v("Padum", "पदुम", "Zanskar", "KARGIL", false, "thangka-painting", "hosiery-hand-knitting"),
			v("Chiktan", "चिकतन", "Chiktan", "KARGIL", true, "basket-making", "embroidery"),
			v("Baroo", "बारू", "Kargil", "KARGIL", true, "carpet-weaving", "namda-making"),
			v("Poyen", "पोयेन", "Kargil", "KARGIL", true, "namda-making", "wood-carving"),
			v("Mulbekh", "मुलबेख", "Shargole", "KARGIL", false, "papu-shoe-making", "mani-stone-carving"),
			v("Wakha", "वाखा", "Shargole", "KARGIL", false, "papu-shoe-making", "hosiery-hand-knitting"),
			v("Karsha", "कारशा", "Zanskar", "KARGIL", false, "thangka-painting", "pashmina-weaving"),
			v("Panikhar", "पानीखर", "Taisuru", "KARGIL", true, "hosiery-hand-knitting", "namda-making"),
			v("Barsoo", "बरसू", "Barsoo", "KARGIL", true, "basket-making", "embroidery"));

	static final List<String> BUDDHIST_FIRST = List.of("Tsering", "Stanzin", "Padma", "Rigzin", "Sonam", "Tashi",
			"Skalzang", "Tsewang", "Jigmet", "Thinles", "Konchok", "Lobzang", "Nawang", "Rinchen", "Deskit", "Kunzes",
			"Urgain", "Dechen");

	static final List<String> BUDDHIST_FEMALE_SECOND = List.of("Dolma", "Angmo", "Lhamo", "Chosdol", "Yangdol",
			"Zangmo", "Lamo", "Dolkar", "Palmo", "Chorol", "Spalzes", "Youdon", "Wangmo", "Yangchan");

	static final List<String> BUDDHIST_MALE_SECOND = List.of("Namgyal", "Wangchuk", "Dorjay", "Norboo", "Phuntsog",
			"Tundup", "Paljor", "Gyatso", "Stobdan", "Chosphel", "Rabgais", "Motup", "Angchuk", "Tsetan");

	static final List<String> MUSLIM_MALE = List.of("Mohammad Hussain", "Ghulam Raza", "Ali Mohammad", "Abbas Ali",
			"Mohammad Ibrahim", "Sajjad Hussain", "Asgar Ali", "Mohammad Baqir", "Ghulam Mehdi", "Mohammad Hassan",
			"Mohammad Isa", "Anayat Ali", "Zakir Hussain", "Nazir Hussain", "Mohammad Jaffar", "Qasim Ali");

	static final List<String> MUSLIM_FEMALE_FIRST = List.of("Fatima", "Zainab", "Kulsum", "Sakina", "Masooma", "Rubina",
			"Hajira", "Razia", "Nargis", "Amina", "Zahra", "Sughra", "Tahira", "Batool", "Kaneez", "Sajida");

	private Places() {
	}

	private static Village v(String name, String hi, String block, String district, boolean muslim, String... crafts) {
		return new Village(name, hi, block, district, muslim, List.of(crafts));
	}

}
