package ladakh.crafts.marketplace.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ladakh.crafts.demo.DemoData;
import ladakh.crafts.demo.DemoDataGenerator;
import ladakh.crafts.marketplace.media.PhotoRepository;
import ladakh.crafts.marketplace.media.PhotoStore;
import ladakh.crafts.marketplace.testsupport.InProcessMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts only MongoDB, the media store and the demo loader (the rest of the application
 * is being built elsewhere) against the in-process MongoDB-protocol server, with demo
 * data enabled, so the load under test is the one the application runs at start.
 */
@SpringBootTest(classes = DemoDataLoaderIntegrationTests.Slice.class,
		webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "marketplace.demo-data.enabled=true")
class DemoDataLoaderIntegrationTests {

	private static final List<String> COLLECTIONS = List.of("crafts", "sellers", "listings", "exhibitions",
			"photos.files", "system_markers");

	private final DemoData data = new DemoDataGenerator().generate();

	@Autowired
	private ReactiveMongoTemplate mongo;

	@Autowired
	private DemoDataLoader loader;

	@DynamicPropertySource
	static void mongo(DynamicPropertyRegistry registry) {
		InProcessMongo.register(registry, "demo-loader-tests");
	}

	@Test
	void startLoadsEveryCollectionAndWritesTheMarker() {
		assertThat(counts()).containsEntry("crafts", 15L)
			.containsEntry("sellers", (long) this.data.sellers().size())
			.containsEntry("listings", (long) this.data.listings().size())
			.containsEntry("exhibitions", 6L)
			.containsEntry("photos.files", 2L * this.data.photos().size())
			.containsEntry("system_markers", 1L);
		Document marker = find("system_markers", DemoDataLoader.MARKER_ID);
		assertThat(marker.getInteger("version")).isEqualTo(DemoDataGenerator.VERSION);
		assertThat(marker.get("counts", Document.class).getInteger("listings")).isEqualTo(this.data.listings().size());
		assertThat(marker.getDate("loadedAt")).isNotNull();
	}

	@Test
	void loadingAgainAddsNothing() {
		Map<String, Long> before = counts();
		DemoLoadReport report = this.loader.load().block();
		assertThat(report).isNotNull();
		assertThat(report.addedNothing()).as("second load added %s", report).isTrue();
		assertThat(report.inserted()).containsOnlyKeys("crafts", "sellers", "exhibitions", "listings");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void loadingAgainKeepsWhatUsersChanged() {
		Document original = find("listings", "lst-00001");
		setStockAndRev("lst-00001", 0, 2L);
		try {
			this.loader.load().block();
			Document listing = find("listings", "lst-00001");
			assertThat(listing.getInteger("stock")).isZero();
			assertThat(listing.getLong("rev")).isEqualTo(2L);
		}
		finally {
			setStockAndRev("lst-00001", original.getInteger("stock"), original.getLong("rev"));
		}
	}

	private void setStockAndRev(String id, int stock, long rev) {
		this.mongo.getCollection("listings")
			.flatMap((c) -> Mono.from(c.updateOne(new Document("_id", id),
					new Document("$set", new Document("stock", stock).append("rev", rev)))))
			.block();
	}

	@Test
	void everyListingsPhotosAreStoredAsJpegsWithTheirOwner() {
		List<Document> listings = all("listings");
		List<String> expected = new ArrayList<>();
		for (Document listing : listings) {
			for (Document photo : listing.getList("photos", Document.class)) {
				expected.add(photo.getString("imageId"));
				expected.add(photo.getString("thumbId"));
			}
		}
		Set<String> stored = new HashSet<>();
		for (Document file : all("photos.files")) {
			Document metadata = file.get("metadata", Document.class);
			assertThat(metadata.getString("contentType")).isEqualTo("image/jpeg");
			assertThat(metadata.getString("kind")).isIn("image", "thumbnail");
			assertThat(file.getString("_id")).contains(metadata.getString("ownerId"));
			stored.add(file.getString("_id"));
		}
		assertThat(expected).hasSize(2 * this.data.photos().size());
		assertThat(stored).containsAll(expected);
	}

	@Test
	void listingsArriveDirtyAtRevisionOneForTheIndexer() {
		assertThat(all("listings")).allSatisfy((listing) -> {
			assertThat(listing.getLong("rev")).isEqualTo(1L);
			// Loaded dirty; the in-process sync may already have indexed revision 1 and
			// cleared the mark (dirty and dirtySince together), never anything else.
			assertThat(listing.getBoolean("dirty")).isNotNull();
			assertThat(listing.getBoolean("dirty") || !listing.containsKey("dirtySince")).isTrue();
			assertThat(listing.getLong("priceMinor")).isPositive();
			assertThat(listing.getString("currency")).isEqualTo("INR");
		});
	}

	@Test
	void sellersAreStoredAsTheDataModelNamesThem() {
		Document shg = find("sellers", "shg-0001");
		assertThat(shg.getString("type")).isEqualTo("SHG");
		assertThat(shg.get("shg", Document.class).getLong("revolvingFundMinor")).isEqualTo(5_000_000L);
		assertThat(shg.get("shg", Document.class).getString("dateFormed")).matches("\\d{4}-\\d{2}-\\d{2}");
		Document artisan = find("sellers", "art-0001");
		assertThat(artisan.getString("registrationNumber")).matches("LEH/HC/20\\d{2}/\\d{4}");
		assertThat(artisan.get("artisan", Document.class).getString("shgId")).startsWith("shg-");
		assertThat(find("crafts", "thangka-painting").get("name", Document.class).getString("hi"))
			.isEqualTo("थंका चित्रकला");
	}

	@Test
	void createsTheQueryIndexes() {
		List<String> names = this.mongo.getCollection("listings")
			.flatMapMany((c) -> c.listIndexes())
			.map((index) -> index.getString("name"))
			.collectList()
			.block();
		assertThat(names).contains("sellerId", "craft", "status_createdAt", "dirty");
	}

	private Map<String, Long> counts() {
		return Flux.fromIterable(COLLECTIONS)
			.concatMap((name) -> this.mongo.getCollection(name)
				.flatMap((c) -> Mono.from(c.countDocuments()))
				.map((count) -> Map.entry(name, count)))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.block();
	}

	private Document find(String collection, String id) {
		return this.mongo.getCollection(collection)
			.flatMap((c) -> Mono.from(c.find(new Document("_id", id)).first()))
			.block();
	}

	private List<Document> all(String collection) {
		return this.mongo.getCollection(collection).flatMapMany((c) -> c.find()).collectList().block();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	@Import({ DemoDataConfiguration.class, DemoDataLoader.class, MarketplaceIndexes.class, PhotoStore.class,
			PhotoRepository.class })
	static class Slice {

	}

}
