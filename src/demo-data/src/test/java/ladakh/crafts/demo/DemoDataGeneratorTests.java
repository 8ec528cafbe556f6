package ladakh.crafts.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGeneratorTests {

	private final DemoData data = new DemoDataGenerator().generate();

	@Test
	void generatesTheSameDataOnEveryRun() {
		assertThat(new DemoDataGenerator().generate()).isEqualTo(this.data);
	}

	@Test
	void hasTheDepartmentsCraftsWithHindiNames() {
		assertThat(this.data.crafts()).hasSize(15);
		assertThat(this.data.crafts()).allSatisfy((craft) -> {
			assertThat(craft.name().hi()).matches(".*[\\u0900-\\u097F].*");
			assertThat(craft.description().hi()).matches(".*[\\u0900-\\u097F].*");
		});
		assertThat(this.data.crafts()).filteredOn((craft) -> craft.department() == Department.HANDLOOM)
			.extracting(Craft::id)
			.containsExactly("pashmina-weaving");
	}

	/** The figures the department publishes for its schemes (decision 0058). */
	@Test
	void centresMatchThePublishedSchemes() {
		List<Seller> centres = this.data.sellersOfType(SellerType.TRAINING_CENTRE);
		Map<Scheme, Long> perScheme = centres.stream()
			.collect(Collectors.groupingBy((centre) -> centre.centre().scheme(), Collectors.counting()));
		assertThat(perScheme)
			.containsExactlyInAnyOrderEntriesOf(Map.of(Scheme.DISTRICT_PLAN, 16L, Scheme.CARPET_WEAVING_ELEMENTARY, 2L,
					Scheme.CARPET_WEAVING_ADVANCED, 2L, Scheme.BORDER_AREA, 11L, Scheme.EX_TRAINEE_UNITS, 3L));
		assertThat(centres).filteredOn((centre) -> centre.centre().carpetWeaving()).hasSize(4);
		assertThat(centres).allSatisfy((centre) -> {
			CentreDetails details = centre.centre();
			switch (details.scheme()) {
				case DISTRICT_PLAN -> assertFigures(details, 10, 14, 24, 100);
				case CARPET_WEAVING_ELEMENTARY -> assertFigures(details, 25, 25, 24, 100);
				case CARPET_WEAVING_ADVANCED -> assertFigures(details, 25, 25, 24, 200);
				case BORDER_AREA, EX_TRAINEE_UNITS -> assertFigures(details, 10, 10, 12, 250);
			}
			assertThat(centre.registrationNumber()).matches("(LEH|KGL)/TC/\\d{2}");
		});
		assertThat(Scheme.BORDER_AREA.subsidyPercent()).isEqualTo(75);
		assertThat(Scheme.EX_TRAINEE_UNITS.subsidyPercent()).isEqualTo(75);
		assertThat(Scheme.DISTRICT_PLAN.subsidyPercent()).isZero();
		assertThat(centres).filteredOn((centre) -> centre.centre().scheme() == Scheme.BORDER_AREA)
			.flatExtracting(Seller::crafts)
			.containsOnly("thangka-painting", "wood-carving", "carpet-weaving", "ladakhi-garment-making",
					"mani-stone-carving", "hosiery-hand-knitting")
			.contains("thangka-painting", "wood-carving", "carpet-weaving", "ladakhi-garment-making",
					"mani-stone-carving", "hosiery-hand-knitting");
		assertThat(centres).extracting(Seller::district).contains(District.LEH, District.KARGIL);
		assertThat(centres).extracting(Seller::id).doesNotHaveDuplicates();
		assertThat(centres).extracting(Seller::registrationNumber).doesNotHaveDuplicates();
	}

	private static void assertFigures(CentreDetails centre, int intakeMin, int intakeMax, int months, int rupees) {
		assertThat(centre.intakeCapacity()).isBetween(intakeMin, intakeMax);
		assertThat(centre.courseMonths()).isEqualTo(months);
		assertThat(centre.monthlyStipendMinor()).isEqualTo(rupees * 100L);
	}

	/**
	 * The centres opened later list nothing, so the listings stay as generated before.
	 */
	@Test
	void onlyTheFirstNineteenCentresList() {
		assertThat(this.data.listings())
			.allSatisfy((listing) -> assertThat(listing.sellerId()).doesNotMatch("tc-00(2\\d|3\\d)"));
	}

	@Test
	void countsAreInTheExpectedRanges() {
		assertThat(this.data.sellersOfType(SellerType.ARTISAN)).hasSize(120);
		assertThat(this.data.sellersOfType(SellerType.SHG)).hasSize(12);
		assertThat(this.data.listings()).hasSizeBetween(300, 400);
		assertThat(this.data.exhibitions()).hasSize(6);
	}

	@Test
	void everyListingsSellerAndCraftExistAndTheSellerPractisesTheCraft() {
		Map<String, Seller> sellers = byId(this.data.sellers(), Seller::id);
		Set<String> crafts = this.data.crafts().stream().map(Craft::id).collect(Collectors.toSet());
		assertThat(this.data.listings()).allSatisfy((listing) -> {
			assertThat(sellers).containsKey(listing.sellerId());
			assertThat(crafts).contains(listing.craft());
			assertThat(sellers.get(listing.sellerId()).crafts()).contains(listing.craft());
		});
	}

	@Test
	void everySellerTypeHasListings() {
		Map<String, Seller> sellers = byId(this.data.sellers(), Seller::id);
		assertThat(this.data.listings().stream().map((listing) -> sellers.get(listing.sellerId()).type()))
			.contains(SellerType.values());
	}

	@Test
	void shgMembersExistAreArtisansAndPointBackToTheirGroup() {
		Map<String, Seller> sellers = byId(this.data.sellers(), Seller::id);
		List<Seller> shgs = this.data.sellersOfType(SellerType.SHG);
		assertThat(shgs).allSatisfy((shg) -> {
			assertThat(shg.shg().memberIds()).hasSizeBetween(8, 11);
			assertThat(shg.shg().revolvingFundMinor()).isEqualTo(5_000_000L);
			assertThat(shg.shg().memberIds()).allSatisfy((memberId) -> {
				Seller member = sellers.get(memberId);
				assertThat(member).isNotNull();
				assertThat(member.type()).isEqualTo(SellerType.ARTISAN);
				assertThat(member.artisan().shgId()).isEqualTo(shg.id());
				assertThat(member.district()).isEqualTo(shg.district());
			});
		});
	}

	@Test
	void exTraineesPointAtAnExistingCentre() {
		Map<String, Seller> sellers = byId(this.data.sellers(), Seller::id);
		List<Seller> trainees = this.data.sellersOfType(SellerType.ARTISAN)
			.stream()
			.filter((artisan) -> artisan.artisan().trainingCentreId() != null)
			.toList();
		assertThat(trainees).hasSizeGreaterThan(40);
		assertThat(trainees)
			.allSatisfy((artisan) -> assertThat(sellers.get(artisan.artisan().trainingCentreId()).type())
				.isEqualTo(SellerType.TRAINING_CENTRE));
	}

	@Test
	void registrationNumbersAreUniqueAndSequentialPerDistrictAndYear() {
		List<Seller> registered = new ArrayList<>(this.data.sellersOfType(SellerType.ARTISAN));
		registered.addAll(this.data.sellersOfType(SellerType.SHG));
		Set<String> numbers = new HashSet<>();
		Map<String, List<Integer>> sequences = new TreeMap<>();
		for (Seller seller : registered) {
			String number = seller.registrationNumber();
			assertThat(number).matches("(LEH|KGL)/(HC|SHG)/20\\d{2}/\\d{4}");
			assertThat(numbers.add(number)).as("unique %s", number).isTrue();
			int slash = number.lastIndexOf('/');
			assertThat(number).startsWith(seller.district().code() + "/");
			sequences.computeIfAbsent(number.substring(0, slash), (key) -> new ArrayList<>())
				.add(Integer.parseInt(number.substring(slash + 1)));
		}
		sequences.forEach((prefix, sequence) -> assertThat(sequence).as(prefix)
			.containsExactlyInAnyOrderElementsOf(
					java.util.stream.IntStream.rangeClosed(1, sequence.size()).boxed().toList()));
	}

	@Test
	void pricesArePositivePaiseAndRealistic() {
		assertThat(this.data.listings()).allSatisfy((listing) -> {
			assertThat(listing.priceMinor()).isPositive();
			assertThat(listing.priceMinor() % 100).as("whole rupees").isZero();
			assertThat(listing.currency()).isEqualTo("INR");
		});
		assertThat(this.data.listings()).filteredOn((listing) -> listing.craft().equals("papu-shoe-making"))
			.allSatisfy((listing) -> assertThat(listing.priceMinor()).isBetween(250_000L, 450_000L));
		assertThat(this.data.listings()).filteredOn((listing) -> listing.craft().equals("thangka-painting"))
			.allSatisfy((listing) -> assertThat(listing.priceMinor()).isBetween(800_000L, 12_000_000L));
	}

	@Test
	void stockIsSmallOrTheListingIsMadeToOrder() {
		assertThat(this.data.listings()).allSatisfy((listing) -> {
			if (listing.madeToOrder()) {
				assertThat(listing.stock()).isZero();
				assertThat(listing.leadTimeDays()).isPositive();
			}
			else {
				assertThat(listing.stock()).isBetween(1, 8);
			}
		});
		assertThat(this.data.listings()).anyMatch(Listing::madeToOrder);
	}

	@Test
	void giTagsOnlyOnLadakhPashminaAndWoodCarving() {
		assertThat(this.data.listings()).filteredOn((listing) -> listing.giTag() != null)
			.isNotEmpty()
			.allSatisfy((listing) -> assertThat(listing.craft()).isIn("pashmina-weaving", "wood-carving"));
	}

	@Test
	void photoIdsAreUniqueAndFollowTheListingId() {
		List<PhotoRef> photos = this.data.photos();
		Set<String> ids = new HashSet<>();
		photos.forEach((photo) -> {
			assertThat(ids.add(photo.imageId())).isTrue();
			assertThat(ids.add(photo.thumbId())).isTrue();
		});
		assertThat(this.data.listings()).allSatisfy((listing) -> assertThat(listing.photos()).isNotEmpty()
			.allSatisfy((photo) -> assertThat(photo.imageId()).startsWith("photo-" + listing.id() + "-")));
	}

	private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity()));
	}

	/** The colour words a title may use, by the code the listing form stores. */
	private static final Map<String, String> COLOUR_WORDS = Map.ofEntries(Map.entry("red", "red"),
			Map.entry("maroon", "maroon"), Map.entry("orange", "orange"), Map.entry("saffron", "orange"),
			Map.entry("yellow", "yellow"), Map.entry("gold", "gold"), Map.entry("green", "green"),
			Map.entry("turquoise", "turquoise"), Map.entry("blue", "blue"), Map.entry("indigo", "indigo"),
			Map.entry("pink", "pink"), Map.entry("brown", "brown"), Map.entry("black", "black"),
			Map.entry("white", "white"), Map.entry("cream", "cream"), Map.entry("grey", "grey"),
			Map.entry("silver", "silver"), Map.entry("multicoloured", "multicoloured"));

	@Test
	void everyListingHasColoursAndEveryColourItsTitleNamesIsAmongThem() {
		assertThat(this.data.listings()).allSatisfy((listing) -> {
			assertThat(listing.colours()).as(listing.title().en()).isNotEmpty();
			for (String word : listing.title().en().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
				if (COLOUR_WORDS.containsKey(word)) {
					assertThat(listing.colours()).as(listing.title().en()).contains(COLOUR_WORDS.get(word));
				}
			}
		});
	}

	@Test
	void noTitleIsRepeatedMoreThanTwiceWithinACraft() {
		Map<String, Long> perTitle = this.data.listings()
			.stream()
			.collect(java.util.stream.Collectors.groupingBy((listing) -> listing.craft() + "/" + listing.title().en(),
					java.util.stream.Collectors.counting()));
		assertThat(perTitle.values()).allSatisfy((count) -> assertThat(count).isLessThanOrEqualTo(2));
	}

}
