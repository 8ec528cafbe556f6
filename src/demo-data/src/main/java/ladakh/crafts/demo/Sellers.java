package ladakh.crafts.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Generates the training centres, artisans and SHGs.
 */
final class Sellers {

	static final long REVOLVING_FUND_MINOR = 5_000_000L;

	private static final int LEH_ARTISANS = 70;

	private static final int KARGIL_ARTISANS = 50;

	private static final List<ShgPlan> SHGS = List.of(
			new ShgPlan("Stok Thangka Painters SHG", "Stok", "Leh", District.LEH, Crafts.THANGKA, Crafts.CLAY),
			new ShgPlan("Chuchot Yokma Wood Carvers SHG", "Chuchot", "Chuchot", District.LEH, Crafts.WOOD_CARVING,
					Crafts.DRAGON),
			new ShgPlan("Changthang Pashmina Weavers SHG", "Nyoma", "Nyoma", District.LEH, Crafts.PASHMINA,
					Crafts.KNITTING, Crafts.NAMDA),
			new ShgPlan("Likir Potters SHG", "Likir", "Likir", District.LEH, Crafts.POTTERY, Crafts.CLAY),
			new ShgPlan("Nubra Basket Weavers SHG", "Diskit", "Nubra", District.LEH, Crafts.BASKET, Crafts.KNITTING),
			new ShgPlan("Phyang Women's Embroidery SHG", "Phyang", "Leh", District.LEH, Crafts.EMBROIDERY,
					Crafts.GARMENT_MAKING),
			new ShgPlan("Sham Valley Papu Makers SHG", "Saspol", "Saspol", District.LEH, Crafts.PAPU,
					Crafts.GARMENT_MAKING),
			new ShgPlan("Sankoo Craft SHG", "Sankoo", "Sankoo", District.KARGIL, Crafts.WOOD_CARVING,
					Crafts.EMBROIDERY),
			new ShgPlan("Drass Namda Makers SHG", "Drass", "Drass", District.KARGIL, Crafts.NAMDA, Crafts.KNITTING),
			new ShgPlan("Zanskar Thangka and Weaving SHG", "Padum", "Zanskar", District.KARGIL, Crafts.THANGKA,
					Crafts.PASHMINA, Crafts.KNITTING),
			new ShgPlan("Shargole Papu Makers SHG", "Shargole", "Shargole", District.KARGIL, Crafts.PAPU,
					Crafts.GARMENT_MAKING),
			new ShgPlan("Kargil Silver Filigree SHG", "Kargil", "Kargil", District.KARGIL, Crafts.FILIGREE,
					Crafts.EMBROIDERY));

	private final Random random;

	private final Map<String, Localized> craftNames;

	/** Registration numbers of centres run per district. */
	private final Map<District, Integer> centreNumbers = new HashMap<>();

	Sellers(Random random, List<Craft> crafts) {
		this.random = random;
		this.craftNames = new HashMap<>();
		crafts.forEach((craft) -> this.craftNames.put(craft.id(), craft.name()));
	}

	List<Seller> generate() {
		List<Seller> centres = centres();
		List<ArtisanDraft> artisans = artisans();
		List<Seller> shgs = shgs(artisans);
		assignRegistrationNumbers(artisans);
		List<Seller> sellers = new ArrayList<>(centres);
		artisans.stream().map(ArtisanDraft::toSeller).forEach(sellers::add);
		sellers.addAll(shgs);
		sellers.addAll(laterCentres(centres.size()));
		return sellers;
	}

	/**
	 * Whether the seller lists products in the demo: not the centres opened later
	 * ({@link Places#LATER_CENTRES}), so the listings stay as they were generated before.
	 */
	static boolean lists(Seller seller) {
		return seller.type() != SellerType.TRAINING_CENTRE
				|| Integer.parseInt(seller.id().substring(3)) <= Places.CENTRES.size();
	}

	private List<Seller> centres() {
		List<Seller> centres = new ArrayList<>();
		for (Places.Centre centre : Places.CENTRES) {
			centres.add(centre(centre, centres.size() + 1, this.random));
		}
		return centres;
	}

	/**
	 * The centres opened later, numbered after the first ones, dated from a random of
	 * their own so that the artisans, SHGs and listings drawn after the first centres
	 * stay the same.
	 */
	private List<Seller> laterCentres(int before) {
		Random dates = new Random(DemoDataGenerator.SEED ^ 0x7C_E2_7E_5L);
		List<Seller> centres = new ArrayList<>();
		for (Places.Centre centre : Places.LATER_CENTRES) {
			centres.add(centre(centre, before + centres.size() + 1, dates));
		}
		return centres;
	}

	private Seller centre(Places.Centre centre, int n, Random dates) {
		Places.Village place = centre.place();
		int number = this.centreNumbers.merge(place.district(), 1, Integer::sum);
		String crafts = String.join(" and ", centre.crafts().stream().map(this::craftEn).toList());
		String craftsHi = String.join(" और ", centre.crafts().stream().map(this::craftHi).toList());
		Localized story = new Localized(
				"Trains up to %d trainees at a time in %s, in %d-month courses with a monthly stipend."
					.formatted(centre.intakeCapacity(), crafts, centre.courseMonths()),
				"%s %s: %s में %d महीने का प्रशिक्षण, मासिक वज़ीफ़े के साथ।".formatted(Places.hindi(place.village()),
						centre.scheme().centreTitleHi(), craftsHi, centre.courseMonths()));
		CentreDetails details = new CentreDetails(centre.scheme(), centre.intakeCapacity(), centre.courseMonths(),
				centre.monthlyStipendRupees() * 100L, centre.carpetWeaving());
		return new Seller("tc-%04d".formatted(n), SellerType.TRAINING_CENTRE,
				centre.scheme().centreTitle() + ", " + place.village(), place.district(), place.block(),
				place.village(), centre.crafts(), "%s/TC/%02d".formatted(place.district().code(), number), "ACTIVE",
				story, null, null, details, instant(2014 + dates.nextInt(4), dates.nextInt(300)));
	}

	private List<ArtisanDraft> artisans() {
		List<ArtisanDraft> artisans = new ArrayList<>();
		for (int i = 0; i < LEH_ARTISANS + KARGIL_ARTISANS; i++) {
			District district = (i < LEH_ARTISANS) ? District.LEH : District.KARGIL;
			ArtisanDraft artisan = new ArtisanDraft();
			artisan.id = "art-%04d".formatted(i + 1);
			artisan.district = district;
			Places.Village village;
			List<String> crafts;
			if (this.random.nextInt(10) < 7) {
				int centreIndex = pickIndex(Places.CENTRES, (c) -> c.place().district() == district);
				Places.Centre centre = Places.CENTRES.get(centreIndex);
				artisan.trainingCentreId = "tc-%04d".formatted(centreIndex + 1);
				artisan.centreName = centre.place().village();
				village = (this.random.nextInt(10) < 6) ? centre.place() : pickVillage(district);
				crafts = centre.crafts();
			}
			else {
				village = pickVillage(district);
				crafts = village.crafts();
			}
			artisan.village = village;
			artisan.crafts = new ArrayList<>(List.of(Names.pick(this.random, crafts)));
			if (crafts.size() > 1 && this.random.nextInt(4) == 0) {
				crafts.stream().filter((c) -> !artisan.crafts.contains(c)).findFirst().ifPresent(artisan.crafts::add);
			}
			artisan.gender = (this.random.nextInt(10) < 6) ? Gender.FEMALE : Gender.MALE;
			artisan.name = Names.person(this.random, village.community(), artisan.gender);
			artisan.parentage = Names.parentage(this.random, village.community(), artisan.gender);
			artisan.birthYear = 1962 + this.random.nextInt(42);
			artisan.yearsOfPractice = Math.min(2025 - artisan.birthYear - 16, 2 + this.random.nextInt(30));
			artisan.registrationYear = Math.max(2016 + this.random.nextInt(10), artisan.birthYear + 18);
			artisan.createdAt = instant(artisan.registrationYear, this.random.nextInt(330));
			artisans.add(artisan);
		}
		return artisans;
	}

	private List<Seller> shgs(List<ArtisanDraft> artisans) {
		List<Seller> shgs = new ArrayList<>();
		Map<String, Integer> sequences = new HashMap<>();
		for (ShgPlan plan : SHGS) {
			String id = "shg-%04d".formatted(shgs.size() + 1);
			List<ArtisanDraft> candidates = new ArrayList<>(
					artisans.stream().filter((a) -> a.shgId == null && a.district == plan.district()).toList());
			Collections.shuffle(candidates, this.random);
			candidates.sort(Comparator.comparingInt((ArtisanDraft a) -> -affinity(a, plan)));
			List<String> members = new ArrayList<>();
			for (ArtisanDraft member : candidates.subList(0, Math.min(8 + this.random.nextInt(3), candidates.size()))) {
				member.shgId = id;
				members.add(member.id);
			}
			int year = 2018 + this.random.nextInt(7);
			LocalDate formed = LocalDate.of(year, 1 + this.random.nextInt(12), 1 + this.random.nextInt(28));
			int sequence = sequences.merge(plan.district() + "/" + year, 1, Integer::sum);
			String crafts = String.join(", ", plan.crafts().stream().map(this::craftEn).toList()).toLowerCase();
			Localized story = new Localized(
					"A self-help group of %d ex-trainees from around %s, making %s together since %d."
						.formatted(members.size(), plan.village(), crafts, year),
					"%s के आसपास के %d पूर्व प्रशिक्षुओं का स्वयं सहायता समूह, %d से।"
						.formatted(Places.hindi(plan.village()), members.size(), year));
			shgs.add(new Seller(id, SellerType.SHG, plan.name(), plan.district(), plan.block(), plan.village(),
					plan.crafts(), "%s/SHG/%d/%04d".formatted(plan.district().code(), year, sequence), "ACTIVE", story,
					null, new ShgDetails(formed, members, REVOLVING_FUND_MINOR), null,
					formed.atTime(10, 30).toInstant(ZoneOffset.ofHoursMinutes(5, 30))));
		}
		return shgs;
	}

	private static int affinity(ArtisanDraft artisan, ShgPlan plan) {
		int score = artisan.crafts.stream().anyMatch(plan.crafts()::contains) ? 2 : 0;
		return score + (artisan.village.block().equals(plan.block()) ? 1 : 0);
	}

	/** Sequence numbers run per district and year, in order of registration. */
	private static void assignRegistrationNumbers(List<ArtisanDraft> artisans) {
		Map<String, List<ArtisanDraft>> groups = new TreeMap<>();
		artisans.forEach((a) -> groups
			.computeIfAbsent(a.district.code() + "/HC/" + a.registrationYear, (key) -> new ArrayList<>())
			.add(a));
		groups.forEach((prefix, group) -> {
			group.sort(Comparator.comparing((ArtisanDraft a) -> a.createdAt).thenComparing((a) -> a.id));
			for (int i = 0; i < group.size(); i++) {
				group.get(i).registrationNumber = "%s/%04d".formatted(prefix, i + 1);
			}
		});
	}

	private Places.Village pickVillage(District district) {
		return Places.VILLAGES.get(pickIndex(Places.VILLAGES, (v) -> v.district() == district));
	}

	private <T> int pickIndex(List<T> items, java.util.function.Predicate<T> filter) {
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			if (filter.test(items.get(i))) {
				indexes.add(i);
			}
		}
		return Names.pick(this.random, indexes);
	}

	private String craftEn(String craft) {
		return this.craftNames.get(craft).en();
	}

	private String craftHi(String craft) {
		return this.craftNames.get(craft).hi();
	}

	static Instant instant(int year, int dayOfYear) {
		return LocalDate.ofYearDay(year, 1 + dayOfYear).atTime(11, 0).toInstant(ZoneOffset.ofHoursMinutes(5, 30));
	}

	private record ShgPlan(String name, String village, String block, District district, List<String> crafts) {

		ShgPlan(String name, String village, String block, District district, String... crafts) {
			this(name, village, block, district, List.of(crafts));
		}

	}

	private final class ArtisanDraft {

		String id;

		String name;

		District district;

		Places.Village village;

		List<String> crafts;

		Gender gender;

		String parentage;

		int birthYear;

		int yearsOfPractice;

		int registrationYear;

		Instant createdAt;

		String registrationNumber;

		String trainingCentreId;

		String centreName;

		String shgId;

		Seller toSeller() {
			String craftsEn = String.join(" and ", this.crafts.stream().map(Sellers.this::craftEn).toList())
				.toLowerCase();
			String craftsHi = String.join(" और ", this.crafts.stream().map(Sellers.this::craftHi).toList());
			String where = this.village.village() + ", " + this.village.block() + " block";
			Localized story = (this.centreName != null)
					? new Localized(
							"%s learnt %s at the training centre in %s and has practised it for %d years in %s."
								.formatted(this.name, craftsEn, this.centreName, this.yearsOfPractice, where),
							"%s प्रशिक्षण केंद्र से प्रशिक्षित; %d वर्षों से %s में %s का अभ्यास।".formatted(
									Places.hindi(this.centreName), this.yearsOfPractice,
									Places.hindi(this.village.village()), craftsHi))
					: new Localized(
							"%s has practised %s for %d years in %s, learnt at home from the family."
								.formatted(this.name, craftsEn, this.yearsOfPractice, where),
							"%d वर्षों से %s में %s का अभ्यास, परिवार से सीखा हुनर।".formatted(this.yearsOfPractice,
									Places.hindi(this.village.village()), craftsHi));
			ArtisanDetails details = new ArtisanDetails(this.parentage, this.gender, this.birthYear,
					this.yearsOfPractice, this.trainingCentreId, this.shgId);
			return new Seller(this.id, SellerType.ARTISAN, this.name, this.district, this.village.block(),
					this.village.village(), this.crafts, this.registrationNumber, "ACTIVE", story, details, null, null,
					this.createdAt);
		}

	}

}
