package ladakh.crafts.loadtests;

import java.time.Instant;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import ladakh.crafts.embedded.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader against the in-process MongoDB-protocol server, through the real driver.
 */
class CatalogDataSetLoaderTests {

	private static EmbeddedMongo server;

	private static MongoClient client;

	private final MongoDatabase database = client.getDatabase("load_tests");

	private final CatalogDataSet data = CatalogDataSet.of(7L, 60, 2_500, Instant.parse("2026-11-20T10:00:00Z"));

	@BeforeAll
	static void start() {
		server = EmbeddedMongo.inMemory("127.0.0.1", 0);
		client = MongoClients.create(server.connectionString("load_tests"));
	}

	@AfterAll
	static void stop() {
		client.close();
		server.close();
	}

	@Test
	void writesEveryDocumentOfTheDataSetInBatches() {
		CatalogDataSetLoader.LoadReport report = new CatalogDataSetLoader(this.database).replaceWith(this.data).block();

		assertThat(report.crafts()).isEqualTo(15);
		assertThat(report.sellers()).isEqualTo(60);
		assertThat(report.listings()).isEqualTo(2_500);
		assertThat(count("listings", Filters.eq("dirty", true))).isEqualTo(2_500);
		assertThat(count("sellers", Filters.empty())).isEqualTo(60);
		Document stored = Mono
			.from(this.database.getCollection("listings").find(Filters.eq("_id", "lst-01234")).first())
			.block();
		assertThat(stored).isEqualTo(this.data.listing(1_234));
	}

	@Test
	void loadingAgainReplacesTheCollectionsInsteadOfAddingToThem() {
		CatalogDataSetLoader loader = new CatalogDataSetLoader(this.database);
		loader.replaceWith(CatalogDataSet.of(8L, 30, 1_200, Instant.now())).block();

		loader.replaceWith(this.data).block();

		assertThat(count("listings", Filters.empty())).isEqualTo(2_500);
		assertThat(count("sellers", Filters.empty())).isEqualTo(60);
		List<Document> first = Flux
			.from(this.database.getCollection("listings").find().sort(Sorts.ascending("_id")).limit(3))
			.collectList()
			.block();
		assertThat(first).containsExactly(this.data.listing(1), this.data.listing(2), this.data.listing(3));
	}

	private long count(String collection, org.bson.conversions.Bson filter) {
		return Mono.from(this.database.getCollection(collection).countDocuments(filter)).block();
	}

}
