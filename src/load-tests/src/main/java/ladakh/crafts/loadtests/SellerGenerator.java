package ladakh.crafts.loadtests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bson.Document;

/**
 * Generates artisans, SHGs and training centres, about 90 : 9.6 : 0.4, as {@code sellers}
 * documents shaped as docs/data-model.md describes them. Most registrations are valid on
 * the data set's date; some have lapsed and a few sellers are suspended, as in the
 * department's register.
 */
final class SellerGenerator {

	private static final String[] SCHEMES = { "DISTRICT_PLAN", "STATE_NON_PLAN", "BORDER_AREA" };

	private static final Map<String, String[]> SHG_WORDS = Map.ofEntries(
			Map.entry("wood-carving", new String[] { "Wood Carvers", "काष्ठ शिल्पी" }),
			Map.entry("carpet-weaving", new String[] { "Carpet Weavers", "कालीन बुनकर" }),
			Map.entry("ladakhi-garment-making", new String[] { "Tailors", "दर्ज़ी" }),
			Map.entry("embroidery", new String[] { "Women's Embroidery", "महिला कढ़ाई" }),
			Map.entry("namda-making", new String[] { "Namda Makers", "नमदा निर्माता" }),
			Map.entry("silver-filigree", new String[] { "Silversmiths", "सुनार" }),
			Map.entry("thangka-painting", new String[] { "Thangka Painters", "थंका चित्रकार" }),
			Map.entry("clay-moulding", new String[] { "Clay Artists", "मृत्तिका कलाकार" }),
			Map.entry("papu-shoe-making", new String[] { "Papu Makers", "पापु निर्माता" }),
			Map.entry("pottery", new String[] { "Potters", "कुम्हार" }),
			Map.entry("basket-making", new String[] { "Basket Weavers", "टोकरी बुनकर" }),
			Map.entry("mani-stone-carving", new String[] { "Stone Carvers", "पत्थर शिल्पी" }),
			Map.entry("dragon-painting", new String[] { "Painters", "चित्रकार" }),
			Map.entry("hosiery-hand-knitting", new String[] { "Knitters", "बुनकर" }),
			Map.entry("pashmina-weaving", new String[] { "Pashmina Weavers", "पश्मीना बुनकर" }));

	private final Random random;

	private final LocalDate asOf;

	private final Map<String, Integer> sequences = new HashMap<>();

	private final String idPrefix;

	/**
	 * Registration sequences start after it: a prefixed set never repeats the demo's
	 * numbers.
	 */
	private final int sequenceBase;

	SellerGenerator(long seed, Instant asOf) {
		this(seed, asOf, "");
	}

	/**
	 * @param idPrefix put before every id ({@code x-art-0001}), so the sellers can sit
	 * beside the demo data's; with a prefix, registration numbers start at 5001
	 */
	SellerGenerator(long seed, Instant asOf, String idPrefix) {
		this.random = new Random(seed);
		this.asOf = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
		this.idPrefix = idPrefix;
		this.sequenceBase = idPrefix.isEmpty() ? 0 : 5000;
	}

	private int nextSequence(String key) {
		return this.sequences.merge(key, this.sequenceBase + 1, (old, one) -> old + 1);
	}

	List<SellerPlan> generate(int count) {
		int centres = Math.max(1, Math.round(count * 0.004f));
		int shgs = Math.max(1, Math.round(count * 0.096f));
		int artisans = count - centres - shgs;
		if (artisans < 1) {
			throw new IllegalArgumentException("At least 3 sellers are needed, not " + count);
		}
		List<SellerPlan> sellers = new ArrayList<>(count);
		List<SellerPlan> centrePlans = new ArrayList<>();
		for (int i = 1; i <= centres; i++) {
			centrePlans.add(centre(i));
		}
		List<ArtisanDraft> drafts = new ArrayList<>();
		for (int i = 1; i <= artisans; i++) {
			drafts.add(artisan(i, centrePlans));
		}
		List<SellerPlan> shgPlans = shgs(shgs, drafts);
		sellers.addAll(centrePlans);
		drafts.forEach((draft) -> sellers.add(draft.toPlan()));
		sellers.addAll(shgPlans);
		return sellers;
	}

	private SellerPlan centre(int number) {
		Places.Village village = Places.VILLAGES.get((number - 1) % Places.VILLAGES.size());
		boolean carpet = village.crafts().contains("carpet-weaving");
		String kind = carpet ? "Carpet Weaving Centre" : "Handicraft Training Centre";
		String name = (number > Places.VILLAGES.size())
				? kind + " " + (number / Places.VILLAGES.size() + 1) + ", " + village.name()
				: kind + ", " + village.name();
		int sequence = nextSequence(village.districtCode() + "/TC");
		Instant created = instant(this.asOf.minusYears(8).plusDays(this.random.nextInt(365)));
		int intake = carpet ? 15 : 20;
		Document document = base(this.idPrefix + "tc-%04d".formatted(number), "TRAINING_CENTRE", name, village,
				village.crafts(), "%s/TC/%02d".formatted(village.districtCode(), sequence), "ACTIVE", created)
			.append("story", localized(
					"Trains up to %d trainees at a time in %s; everything listed is made by its trainees."
						.formatted(intake, String.join(" and ", village.crafts())),
					"%s का प्रशिक्षण केंद्र: यहाँ बिकने वाली हर वस्तु प्रशिक्षुओं ने बनाई है।".formatted(village.hi())))
			.append("centre",
					new Document("scheme", carpet ? "CARPET_WEAVING_ELEMENTARY" : SCHEMES[number % SCHEMES.length])
						.append("intakeCapacity", intake)
						.append("courseMonths", 12)
						.append("monthlyStipendMinor", (carpet ? 1500 : 1000) * 100L)
						.append("carpetWeaving", carpet)
						.append("instructors", List.of()));
		return new SellerPlan(document.getString("_id"), "TRAINING_CENTRE", name, village, village.crafts(), Map.of(),
				60 + this.random.nextInt(81), document);
	}

	private ArtisanDraft artisan(int number, List<SellerPlan> centres) {
		Places.Village village = pick(Places.VILLAGES);
		List<String> crafts = new ArrayList<>(List.of(pick(village.crafts())));
		if (this.random.nextInt(4) == 0) {
			String second = pick(village.crafts());
			if (!crafts.contains(second)) {
				crafts.add(second);
			}
		}
		boolean female = this.random.nextInt(100) < 55;
		String name = person(village, female);
		String parentage = (female ? "D/o " : "S/o ") + person(village, false);
		// Most registrations are from the last five years and valid; some have lapsed.
		LocalDate registeredOn = (this.random.nextInt(100) < 92) ? this.asOf.minusDays(1 + this.random.nextInt(1800))
				: this.asOf.minusDays(1830 + this.random.nextInt(1000));
		String department = "pashmina-weaving".equals(crafts.get(0)) ? "HL" : "HC";
		int sequence = nextSequence(village.districtCode() + "/" + registeredOn.getYear());
		String registration = "%s/%s/%d/%04d".formatted(village.districtCode(), department, registeredOn.getYear(),
				sequence);
		String status = (this.random.nextInt(100) == 0) ? "SUSPENDED" : "ACTIVE";
		String centreId = (this.random.nextInt(3) == 0) ? pick(centres).id() : null;
		Map<String, String> gi = new LinkedHashMap<>();
		for (String craft : crafts) {
			if (Products.GI_NAMES.containsKey(craft) && this.random.nextInt(3) < 2) {
				String code = "pashmina-weaving".equals(craft) ? "LPS" : "LWC";
				gi.put(craft, "AU/%s/%05d".formatted(code, this.sequences.merge("GI/" + code, 1, Integer::sum)));
			}
		}
		Document document = base(this.idPrefix + "art-%04d".formatted(number), "ARTISAN", name, village, crafts,
				registration, status, instant(registeredOn))
			.append("story",
					localized(
							"%s has practised %s in %s for %d years.".formatted(name, crafts.get(0).replace('-', ' '),
									village.name(), 3 + this.random.nextInt(35)),
							"%s, %s के शिल्पकार।".formatted(name, village.hi())))
			.append("registeredOn", registeredOn.toString())
			.append("validUntil", registeredOn.plusYears(5).toString())
			.append("mobile", "9%09d".formatted(this.random.nextInt(1_000_000_000)));
		if (status.equals("SUSPENDED")) {
			document.append("statusReason", "Registration documents under review")
				.append("statusChangedAt", date(this.asOf.minusDays(this.random.nextInt(60))));
		}
		Document artisan = new Document("parentage", parentage).append("gender", female ? "FEMALE" : "MALE")
			.append("birthYear", this.asOf.getYear() - 20 - this.random.nextInt(45))
			.append("yearsOfPractice", 2 + this.random.nextInt(30))
			.append("trainingCentreId", centreId)
			.append("shgId", null);
		int weight = 1 + (int) Math.floor(-Math.log(1 - this.random.nextDouble()) * 6);
		return new ArtisanDraft(document, artisan, village, crafts, gi, weight);
	}

	private List<SellerPlan> shgs(int count, List<ArtisanDraft> artisans) {
		List<ArtisanDraft> free = new ArrayList<>(artisans);
		Collections.shuffle(free, this.random);
		List<SellerPlan> shgs = new ArrayList<>(count);
		for (int number = 1; number <= count; number++) {
			Places.Village village = pick(Places.VILLAGES);
			String craft = pick(village.crafts());
			String[] words = SHG_WORDS.get(craft);
			String name = "%s %s SHG".formatted(village.name(), words[0]);
			LocalDate formed = this.asOf.minusDays(30 + this.random.nextInt(3000));
			int sequence = nextSequence(village.districtCode() + "/SHG/" + formed.getYear());
			String id = this.idPrefix + "shg-%04d".formatted(number);
			List<String> members = new ArrayList<>();
			int size = 4 + this.random.nextInt(6);
			for (int m = 0; m < size && !free.isEmpty(); m++) {
				ArtisanDraft member = free.remove(free.size() - 1);
				member.artisan().put("shgId", id);
				members.add(member.document().getString("_id"));
			}
			long fund = 50_000L * 100 * (1 + this.random.nextInt(4));
			Document shg = new Document("dateFormed", formed.toString()).append("memberIds", members)
				.append("revolvingFundMinor", fund)
				.append("fundBalanceMinor", fund - 100L * 100 * this.random.nextInt(300))
				.append("officeBearers",
						members.size() >= 3
								? new Document("presidentId", members.get(0)).append("secretaryId", members.get(1))
									.append("treasurerId", members.get(2))
								: null)
				.append("bankAccount",
						new Document("last4", "%04d".formatted(this.random.nextInt(10_000))).append("ifsc",
								"JAKA0" + (100_000 + this.random.nextInt(900_000))))
				.append("approvedBy", "usr-officer-bench")
				.append("approvedAt", date(formed.plusDays(7)));
			Document document = base(id, "SHG", name, village, List.of(craft),
					"%s/SHG/%d/%04d".formatted(village.districtCode(), formed.getYear(), sequence), "ACTIVE",
					instant(formed))
				.append("story",
						localized(
								"%d members from %s making %s together.".formatted(members.size(), village.name(),
										craft.replace('-', ' ')),
								"%s के %s का स्वयं सहायता समूह।".formatted(village.hi(), words[1])))
				.append("registeredOn", formed.toString())
				.append("shg", shg);
			Map<String, String> gi = Products.GI_NAMES.containsKey(craft) && this.random.nextBoolean()
					? Map.of(craft,
							"AU/%s/%05d".formatted("pashmina-weaving".equals(craft) ? "LPS" : "LWC", this.sequences
								.merge("GI/" + ("pashmina-weaving".equals(craft) ? "LPS" : "LWC"), 1, Integer::sum)))
					: Map.of();
			shgs.add(new SellerPlan(id, "SHG", name, village, List.of(craft), gi, 10 + this.random.nextInt(31),
					document));
		}
		return shgs;
	}

	private static Document base(String id, String type, String name, Places.Village village, List<String> crafts,
			String registrationNumber, String status, Instant createdAt) {
		return new Document("_id", id).append("type", type)
			.append("name", name)
			.append("district", village.district())
			.append("block", village.block())
			.append("village", village.name())
			.append("crafts", crafts)
			.append("registrationNumber", registrationNumber)
			.append("status", status)
			.append("photoId", null)
			.append("applicationId", null)
			.append("createdAt", Date.from(createdAt));
	}

	private String person(Places.Village village, boolean female) {
		if (village.muslim()) {
			return female ? pick(Places.MUSLIM_FEMALE_FIRST) + (this.random.nextInt(5) == 0 ? " Khatoon" : " Bano")
					: pick(Places.MUSLIM_MALE);
		}
		return pick(Places.BUDDHIST_FIRST) + " "
				+ pick(female ? Places.BUDDHIST_FEMALE_SECOND : Places.BUDDHIST_MALE_SECOND);
	}

	static Document localized(String en, String hi) {
		Document document = new Document("en", en);
		if (hi != null) {
			document.append("hi", hi);
		}
		return document;
	}

	private static Instant instant(LocalDate date) {
		return date.atTime(5, 30).toInstant(ZoneOffset.UTC);
	}

	private static Date date(LocalDate date) {
		return Date.from(instant(date));
	}

	private <T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	private record ArtisanDraft(Document document, Document artisan, Places.Village village, List<String> crafts,
			Map<String, String> gi, int weight) {

		SellerPlan toPlan() {
			this.document.append("artisan", this.artisan);
			return new SellerPlan(this.document.getString("_id"), "ARTISAN", this.document.getString("name"),
					this.village, List.copyOf(this.crafts), Map.copyOf(this.gi), this.weight, this.document);
		}

	}

}
