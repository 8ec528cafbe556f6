package ladakh.crafts.demo;

import java.util.List;
import java.util.Map;

/**
 * Villages, blocks and training centres of Leh and Kargil districts.
 */
final class Places {

	/** Which naming tradition most families in a village follow. */
	enum Community {

		BUDDHIST, MUSLIM

	}

	/**
	 * A village.
	 *
	 * @param village the village
	 * @param block its block
	 * @param district its district
	 * @param community the naming tradition most families follow
	 * @param crafts crafts the village is known for
	 */
	record Village(String village, String block, District district, Community community, List<String> crafts) {

	}

	/**
	 * A government training centre.
	 *
	 * @param place where it is
	 * @param crafts the crafts it teaches
	 * @param scheme the scheme it runs under
	 * @param intakeCapacity trainees per course
	 * @param courseMonths course length
	 * @param monthlyStipendRupees stipend per trainee per month
	 */
	record Centre(Village place, List<String> crafts, Scheme scheme, int intakeCapacity, int courseMonths,
			int monthlyStipendRupees) {

		boolean carpetWeaving() {
			return this.scheme == Scheme.CARPET_WEAVING_ELEMENTARY || this.scheme == Scheme.CARPET_WEAVING_ADVANCED;
		}

	}

	private static final Community B = Community.BUDDHIST;

	private static final Community M = Community.MUSLIM;

	static final List<Centre> CENTRES = List.of(
			centre("Chuchot", "Chuchot", District.LEH, M, Scheme.DISTRICT_PLAN, Crafts.WOOD_CARVING, Crafts.DRAGON),
			centre("Stok", "Leh", District.LEH, B, Scheme.DISTRICT_PLAN, Crafts.THANGKA, Crafts.CLAY),
			centre("Phyang", "Leh", District.LEH, B, Scheme.DISTRICT_PLAN, Crafts.EMBROIDERY, Crafts.GARMENT_MAKING),
			centre("Likir", "Likir", District.LEH, B, Scheme.DISTRICT_PLAN, Crafts.POTTERY, Crafts.CLAY),
			centre("Basgo", "Likir", District.LEH, B, Scheme.DISTRICT_PLAN, Crafts.WOOD_CARVING, Crafts.MANI_STONE),
			centre("Nyoma", "Nyoma", District.LEH, B, Scheme.DISTRICT_PLAN, Crafts.KNITTING, Crafts.NAMDA, Crafts.PAPU),
			centre("Diskit", "Nubra", District.LEH, B, Scheme.DISTRICT_PLAN, Crafts.BASKET, Crafts.KNITTING),
			centre("Shey", "Leh", District.LEH, B, Scheme.DISTRICT_PLAN, Crafts.THANGKA, Crafts.FILIGREE),
			centre("Saspol", "Saspol", District.LEH, B, Scheme.DISTRICT_PLAN, Crafts.GARMENT_MAKING, Crafts.PAPU),
			centre("Khaltsi", "Khaltsi", District.LEH, B, Scheme.DISTRICT_PLAN, Crafts.BASKET, Crafts.WOOD_CARVING),
			centre("Sankoo", "Sankoo", District.KARGIL, M, Scheme.DISTRICT_PLAN, Crafts.WOOD_CARVING,
					Crafts.EMBROIDERY),
			centre("Drass", "Drass", District.KARGIL, M, Scheme.DISTRICT_PLAN, Crafts.NAMDA, Crafts.KNITTING),
			centre("Shargole", "Shargole", District.KARGIL, B, Scheme.DISTRICT_PLAN, Crafts.PAPU,
					Crafts.GARMENT_MAKING),
			centre("Trespone", "Trespone", District.KARGIL, M, Scheme.DISTRICT_PLAN, Crafts.FILIGREE,
					Crafts.EMBROIDERY),
			centre("Padum", "Zanskar", District.KARGIL, B, Scheme.DISTRICT_PLAN, Crafts.THANGKA, Crafts.KNITTING),
			centre("Chiktan", "Chiktan", District.KARGIL, M, Scheme.DISTRICT_PLAN, Crafts.BASKET, Crafts.EMBROIDERY),
			centre("Choglamsar", "Leh", District.LEH, B, Scheme.CARPET_WEAVING_ADVANCED, Crafts.CARPET_WEAVING),
			centre("Tangtse", "Durbuk", District.LEH, B, Scheme.CARPET_WEAVING_ELEMENTARY, Crafts.CARPET_WEAVING),
			centre("Baroo", "Kargil", District.KARGIL, M, Scheme.CARPET_WEAVING_ELEMENTARY, Crafts.CARPET_WEAVING));

	/**
	 * The centres opened after the first 19 (ids {@code tc-0020} on): the fourth
	 * carpet-weaving centre, the 11 elementary centres in the border blocks (in the
	 * crafts the department names for them) and the 3 centres for ex-trainees setting up
	 * units. No demo artisan trained at them and they list nothing yet, which keeps the
	 * generated artisans and listings as they were.
	 */
	static final List<Centre> LATER_CENTRES = List.of(
			centre("Leh", "Leh", District.LEH, B, Scheme.CARPET_WEAVING_ADVANCED, Crafts.CARPET_WEAVING),
			centre("Hanle", "Nyoma", District.LEH, B, Scheme.BORDER_AREA, Crafts.KNITTING),
			centre("Korzok", "Nyoma", District.LEH, B, Scheme.BORDER_AREA, Crafts.CARPET_WEAVING),
			centre("Demchok", "Nyoma", District.LEH, B, Scheme.BORDER_AREA, Crafts.GARMENT_MAKING),
			centre("Chushul", "Durbuk", District.LEH, B, Scheme.BORDER_AREA, Crafts.THANGKA),
			centre("Merak", "Durbuk", District.LEH, B, Scheme.BORDER_AREA, Crafts.GARMENT_MAKING),
			centre("Turtuk", "Turtuk", District.LEH, M, Scheme.BORDER_AREA, Crafts.WOOD_CARVING),
			centre("Hunder", "Nubra", District.LEH, B, Scheme.BORDER_AREA, Crafts.MANI_STONE),
			centre("Matayen", "Drass", District.KARGIL, M, Scheme.BORDER_AREA, Crafts.WOOD_CARVING),
			centre("Batalik", "Kargil", District.KARGIL, M, Scheme.BORDER_AREA, Crafts.KNITTING),
			centre("Kaksar", "Kargil", District.KARGIL, M, Scheme.BORDER_AREA, Crafts.CARPET_WEAVING),
			centre("Sanjak", "Chiktan", District.KARGIL, M, Scheme.BORDER_AREA, Crafts.GARMENT_MAKING),
			centre("Spituk", "Leh", District.LEH, B, Scheme.EX_TRAINEE_UNITS, Crafts.FILIGREE),
			centre("Poyen", "Kargil", District.KARGIL, M, Scheme.EX_TRAINEE_UNITS, Crafts.NAMDA),
			centre("Karsha", "Zanskar", District.KARGIL, B, Scheme.EX_TRAINEE_UNITS, Crafts.THANGKA));

	/** Villages artisans live in besides the centres' own villages. */
	static final List<Village> VILLAGES = List.of(
			village("Thiksay", "Leh", District.LEH, B, Crafts.THANGKA, Crafts.MANI_STONE),
			village("Hemis", "Kharu", District.LEH, B, Crafts.THANGKA, Crafts.CLAY),
			village("Chemrey", "Kharu", District.LEH, B, Crafts.WOOD_CARVING, Crafts.DRAGON),
			village("Korzok", "Nyoma", District.LEH, B, Crafts.PASHMINA, Crafts.KNITTING),
			village("Hanle", "Nyoma", District.LEH, B, Crafts.PASHMINA, Crafts.NAMDA),
			village("Sumur", "Nubra", District.LEH, B, Crafts.BASKET, Crafts.PASHMINA),
			village("Turtuk", "Turtuk", District.LEH, M, Crafts.BASKET, Crafts.KNITTING),
			village("Alchi", "Saspol", District.LEH, B, Crafts.THANGKA, Crafts.MANI_STONE),
			village("Temisgam", "Khaltsi", District.LEH, B, Crafts.WOOD_CARVING, Crafts.EMBROIDERY),
			village("Spituk", "Leh", District.LEH, B, Crafts.PASHMINA, Crafts.FILIGREE),
			village("Kargil", "Kargil", District.KARGIL, M, Crafts.FILIGREE, Crafts.EMBROIDERY),
			village("Poyen", "Kargil", District.KARGIL, M, Crafts.NAMDA, Crafts.WOOD_CARVING),
			village("Mulbekh", "Shargole", District.KARGIL, B, Crafts.PAPU, Crafts.MANI_STONE),
			village("Wakha", "Shargole", District.KARGIL, B, Crafts.PAPU, Crafts.KNITTING),
			village("Karsha", "Zanskar", District.KARGIL, B, Crafts.THANGKA, Crafts.PASHMINA),
			village("Panikhar", "Taisuru", District.KARGIL, M, Crafts.KNITTING, Crafts.NAMDA),
			village("Barsoo", "Barsoo", District.KARGIL, M, Crafts.BASKET, Crafts.EMBROIDERY));

	private static final java.util.Map<String, String> HINDI = Map.ofEntries(Map.entry("Chuchot", "चुचोत"),
			Map.entry("Stok", "स्तोक"), Map.entry("Phyang", "फ्यांग"), Map.entry("Likir", "लिकिर"),
			Map.entry("Basgo", "बासगो"), Map.entry("Nyoma", "न्योमा"), Map.entry("Diskit", "दिस्कित"),
			Map.entry("Shey", "शे"), Map.entry("Saspol", "सासपोल"), Map.entry("Khaltsi", "खालत्सी"),
			Map.entry("Sankoo", "सांकू"), Map.entry("Drass", "द्रास"), Map.entry("Shargole", "शरगोल"),
			Map.entry("Trespone", "त्रेसपोन"), Map.entry("Padum", "पदुम"), Map.entry("Chiktan", "चिकतन"),
			Map.entry("Choglamsar", "चोगलमसर"), Map.entry("Tangtse", "तांगत्से"), Map.entry("Baroo", "बारू"),
			Map.entry("Thiksay", "थिकसे"), Map.entry("Hemis", "हेमिस"), Map.entry("Chemrey", "चेमरे"),
			Map.entry("Korzok", "कोरज़ोक"), Map.entry("Hanle", "हानले"), Map.entry("Sumur", "सुमूर"),
			Map.entry("Turtuk", "तुरतुक"), Map.entry("Alchi", "अलची"), Map.entry("Temisgam", "तेमिसगाम"),
			Map.entry("Spituk", "स्पितुक"), Map.entry("Kargil", "कारगिल"), Map.entry("Poyen", "पोयेन"),
			Map.entry("Mulbekh", "मुलबेख"), Map.entry("Wakha", "वाखा"), Map.entry("Karsha", "कारशा"),
			Map.entry("Panikhar", "पानीखर"), Map.entry("Barsoo", "बरसू"), Map.entry("Leh", "लेह"),
			Map.entry("Demchok", "देमचोक"), Map.entry("Chushul", "चुशुल"), Map.entry("Merak", "मेरक"),
			Map.entry("Hunder", "हुंडर"), Map.entry("Matayen", "मटायन"), Map.entry("Batalik", "बटालिक"),
			Map.entry("Kaksar", "काकसर"), Map.entry("Sanjak", "संजक"));

	private Places() {
	}

	/**
	 * The village's name in Devanagari.
	 * @param village the village
	 * @return the Hindi name
	 */
	static String hindi(String village) {
		String name = HINDI.get(village);
		if (name == null) {
			throw new IllegalArgumentException("No Hindi name for " + village);
		}
		return name;
	}

	private static Centre centre(String village, String block, District district, Community community, Scheme scheme,
			String... crafts) {
		Village place = new Village(village, block, district, community, List.of(crafts));
		// Intake within the scheme's published range, fixed per village.
		int intake = scheme.intakeMin()
				+ Math.floorMod(village.hashCode(), scheme.intakeMax() - scheme.intakeMin() + 1);
		return new Centre(place, List.of(crafts), scheme, intake, scheme.courseMonths(), scheme.monthlyStipendRupees());
	}

	private static Village village(String village, String block, District district, Community community,
			String... crafts) {
		return new Village(village, block, district, community, List.of(crafts));
	}

}
