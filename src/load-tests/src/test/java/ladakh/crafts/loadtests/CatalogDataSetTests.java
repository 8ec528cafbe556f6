package ladakh.crafts.loadtests;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CatalogDataSetTests {

	private static final Instant LOADED = Instant.parse("2026-11-20T10:00:00Z");

	private static final CatalogDataSet data = CatalogDataSet.of(CatalogDataSet.SEED, 500, 5_000, LOADED);

	private static final List<Document> sellers = data.sellers();

	private static final List<Document> listings = data.listings().toList();

	@Test
	void theSameSeedGivesTheSameDocuments() {
		CatalogDataSet again = CatalogDataSet.of(CatalogDataSet.SEED, 500, 5_000, LOADED);
		assertThat(again.crafts()).isEqualTo(data.crafts());
		assertThat(again.sellers()).isEqualTo(sellers);
		assertThat(again.listings().toList()).isEqualTo(listings);
		assertThat(again.listing(4_321)).isEqualTo(listings.get(4_320));
	}

	@Test
	void anotherSeedGivesOtherDocuments() {
		CatalogDataSet other = CatalogDataSet.of(CatalogDataSet.SEED + 1, 500, 5_000, LOADED);
		assertThat(other.sellers()).isNotEqualTo(sellers);
		assertThat(other.listing(1)).isNotEqualTo(listings.get(0));
	}

	@Test
	void hasTheAskedNumbersOfSellersAndListingsWithUniqueIds() {
		assertThat(sellers).hasSize(500);
		assertThat(listings).hasSize(5_000);
		assertThat(ids(sellers)).hasSize(500);
		assertThat(ids(listings)).hasSize(5_000);
		assertThat(data.crafts()).hasSize(15);
		assertThat(listings.get(0).getString("_id")).isEqualTo("lst-00001");
	}

	@Test
	void theBenchmarkSetHasTenThousandSellersOfAllThreeKindsAndAHundredThousandListings() {
		CatalogDataSet benchmark = CatalogDataSet.benchmark(LOADED);
		assertThat(benchmark.sellerCount()).isEqualTo(10_000);
		assertThat(benchmark.listingCount()).isEqualTo(100_000);
		Map<String, Long> types = benchmark.sellers()
			.stream()
			.collect(Collectors.groupingBy((s) -> s.getString("type"), Collectors.counting()));
		assertThat(types).containsEntry("TRAINING_CENTRE", 40L)
			.containsEntry("SHG", 960L)
			.containsEntry("ARTISAN", 9_000L);
		assertThat(benchmark.listing(100_000).getString("_id")).isEqualTo("lst-100000");
	}

	@Test
	void sellersAreShapedAsTheDataModelSays() {
		assertThat(sellers).allSatisfy((seller) -> {
			assertThat(seller.getString("_id")).matches("(art|shg|tc)-\\d{4}");
			assertThat(seller.getString("type")).isIn("ARTISAN", "SHG", "TRAINING_CENTRE");
			assertThat(seller.getString("district")).isIn("LEH", "KARGIL");
			assertThat(seller.getString("block")).isNotBlank();
			assertThat(seller.getString("village")).isNotBlank();
			assertThat(seller.getList("crafts", String.class)).isNotEmpty();
			assertThat(seller.getString("status")).isIn("ACTIVE", "SUSPENDED");
			assertThat(seller.get("story", Document.class).getString("hi")).matches(".*[\\u0900-\\u097F].*");
			assertThat(seller.get("createdAt")).isInstanceOf(Date.class);
			String type = seller.getString("type");
			assertThat(seller.get("artisan")).as("artisan details")
				.matches((d) -> (d != null) == type.equals("ARTISAN"));
			assertThat(seller.get("shg")).as("SHG details").matches((d) -> (d != null) == type.equals("SHG"));
			assertThat(seller.get("centre")).as("centre details")
				.matches((d) -> (d != null) == type.equals("TRAINING_CENTRE"));
		});
		assertThat(sellers).filteredOn((s) -> s.getString("type").equals("ARTISAN")).allSatisfy((artisan) -> {
			assertThat(artisan.getString("registrationNumber")).matches("(LEH|KGL)/H[CL]/20\\d\\d/\\d{4}");
			assertThat(artisan.getString("validUntil")).matches("\\d{4}-\\d{2}-\\d{2}");
			assertThat(artisan.getString("mobile")).matches("9\\d{9}");
		});
		assertThat(sellers).filteredOn((s) -> s.getString("type").equals("SHG"))
			.allSatisfy(
					(shg) -> assertThat(shg.getString("registrationNumber")).matches("(LEH|KGL)/SHG/20\\d\\d/\\d{4}"));
		assertThat(sellers).filteredOn((s) -> s.getString("type").equals("TRAINING_CENTRE"))
			.allSatisfy((centre) -> assertThat(centre.getString("registrationNumber")).matches("(LEH|KGL)/TC/\\d{2}"));
		assertThat(sellers.stream().map((s) -> s.getString("registrationNumber")).collect(Collectors.toSet()))
			.as("registration numbers are unique")
			.hasSize(sellers.size());
	}

	@Test
	void mostRegistrationsAreValidOnTheDataSetsDateAndSomeHaveLapsedOrAreSuspended() {
		List<Document> artisans = sellers.stream().filter((s) -> s.getString("type").equals("ARTISAN")).toList();
		long lapsed = artisans.stream()
			.filter((a) -> java.time.LocalDate.parse(a.getString("validUntil"))
				.isBefore(java.time.LocalDate.ofInstant(CatalogDataSet.AS_OF, java.time.ZoneOffset.UTC)))
			.count();
		long suspended = artisans.stream().filter((a) -> a.getString("status").equals("SUSPENDED")).count();
		assertThat((double) lapsed / artisans.size()).isCloseTo(0.08, within(0.04));
		assertThat(suspended).isPositive().isLessThan(artisans.size() / 20);
	}

	@Test
	void shgMembersAreArtisansThatPointBackAtTheirShg() {
		Map<String, Document> byId = byId(sellers);
		sellers.stream().filter((s) -> s.getString("type").equals("SHG")).forEach((shg) -> {
			List<String> members = shg.get("shg", Document.class).getList("memberIds", String.class);
			assertThat(members).isNotEmpty()
				.allSatisfy((member) -> assertThat(byId.get(member).get("artisan", Document.class).getString("shgId"))
					.isEqualTo(shg.getString("_id")));
		});
	}

	@Test
	void listingsAreShapedAsTheDataModelSaysAndDirtyAtRevisionOne() {
		Set<String> crafts = ids(data.crafts());
		Map<String, Document> sellersById = byId(sellers);
		assertThat(listings).allSatisfy((listing) -> {
			Document seller = sellersById.get(listing.getString("sellerId"));
			assertThat(seller).as("the listing's seller").isNotNull();
			assertThat(crafts).contains(listing.getString("craft"));
			assertThat(seller.getList("crafts", String.class)).contains(listing.getString("craft"));
			assertThat(listing.get("title", Document.class).getString("en")).isNotBlank();
			assertThat(listing.get("description", Document.class).getString("en")).isNotBlank();
			assertThat(listing.getList("materials", String.class)).isNotEmpty();
			assertThat(listing.getLong("priceMinor")).isPositive();
			assertThat(listing.getLong("priceMinor") % 5_000).as("whole rupees, rounded to 50").isZero();
			assertThat(listing.getString("currency")).isEqualTo("INR");
			assertThat(listing.getList("photos", Document.class)).isNotEmpty()
				.allSatisfy(
						(photo) -> assertThat(photo.keySet()).containsExactly("imageId", "thumbId", "width", "height"));
			assertThat(listing.getString("status")).isIn("PUBLISHED", "SOLD_OUT", "PAUSED", "PENDING_REVIEW", "DRAFT",
					"REMOVED");
			if (listing.getBoolean("madeToOrder")) {
				assertThat(listing.getInteger("stock")).isZero();
				assertThat(listing.getInteger("leadTimeDays")).isPositive();
			}
			assertThat(listing.getLong("version")).isZero();
			assertThat(listing.getLong("rev")).isEqualTo(1L);
			assertThat(listing.getBoolean("dirty")).isTrue();
			assertThat(listing.getDate("dirtySince")).isEqualTo(Date.from(LOADED));
			assertThat(listing.getDate("createdAt")).isBeforeOrEqualTo(listing.getDate("updatedAt"));
			assertThat(listing.keySet()).contains("dimensions", "weightGrams", "careNotes", "review", "publishedAt",
					"statusReason", "giTag");
		});
	}

	@Test
	void someTitlesAreInHindiSomeUseLocalSpellingsAndMostAreInStock() {
		long hindi = listings.stream().filter((l) -> l.get("title", Document.class).getString("hi") != null).count();
		assertThat((double) hindi / listings.size()).isCloseTo(0.4, within(0.05));
		assertThat(listings).filteredOn((l) -> l.get("title", Document.class).getString("hi") != null)
			.allSatisfy(
					(l) -> assertThat(l.get("title", Document.class).getString("hi")).matches(".*[\\u0900-\\u097F].*"));
		Set<String> variants = Set.of("Thanka", "Tangka", "Numdah", "Namdah", "Pabu", "Filigiri", "Pashm");
		assertThat(listings).anySatisfy((l) -> assertThat(variants)
			.anyMatch((variant) -> l.get("title", Document.class).getString("en").contains(variant)));
		long madeToOrder = listings.stream().filter((l) -> l.getBoolean("madeToOrder")).count();
		assertThat(madeToOrder).isPositive().isLessThan(listings.size() / 2);
		long published = listings.stream().filter((l) -> l.getString("status").equals("PUBLISHED")).count();
		assertThat((double) published / listings.size()).isCloseTo(0.94, within(0.02));
	}

	@Test
	void onlyAuthorisedMakersOfGiCraftsCarryAGiTag() {
		Map<String, Document> sellersById = byId(sellers);
		List<Document> tagged = listings.stream().filter((l) -> l.get("giTag") != null).toList();
		assertThat(tagged).isNotEmpty().allSatisfy((listing) -> {
			Document gi = listing.get("giTag", Document.class);
			assertThat(listing.getString("craft")).isIn("pashmina-weaving", "wood-carving");
			assertThat(gi.getString("name")).isIn("Ladakh Pashmina", "Ladakh Wood Carving");
			assertThat(gi.getString("authorisedUserNumber")).matches("AU/(LPS|LWC)/\\d{5}");
			assertThat(sellersById).containsKey(listing.getString("sellerId"));
		});
		Map<String, Set<String>> numbersBySeller = tagged.stream()
			.collect(Collectors.groupingBy((l) -> l.getString("sellerId") + "/" + l.getString("craft"), Collectors
				.mapping((l) -> l.get("giTag", Document.class).getString("authorisedUserNumber"), Collectors.toSet())));
		assertThat(numbersBySeller.values()).as("one authorised-user number per seller and craft")
			.allSatisfy((numbers) -> assertThat(numbers).hasSize(1));
	}

	@Test
	void noSellerHasMoreThanAFewPercentOfTheListings() {
		Map<String, Long> perSeller = listings.stream()
			.collect(Collectors.groupingBy((l) -> l.getString("sellerId"), Collectors.counting()));
		assertThat(perSeller.values()).allSatisfy((count) -> assertThat(count).isLessThan(listings.size() / 20));
		assertThat(perSeller).hasSizeGreaterThan(sellers.size() / 2);
	}

	private static Set<String> ids(List<Document> documents) {
		Set<String> ids = new HashSet<>();
		documents.forEach((d) -> ids.add(d.getString("_id")));
		return ids;
	}

	private static Map<String, Document> byId(List<Document> documents) {
		return documents.stream().collect(Collectors.toMap((d) -> d.getString("_id"), Function.identity()));
	}

}
