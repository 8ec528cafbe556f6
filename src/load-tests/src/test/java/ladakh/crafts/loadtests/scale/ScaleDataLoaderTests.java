package ladakh.crafts.loadtests.scale;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import ladakh.crafts.embedded.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The loader against the in-process MongoDB-protocol server, through the real driver.
 */
class ScaleDataLoaderTests {

	private static final ScaleSizes SIZES = new ScaleSizes(30, 1_500, 20, 400, 2_500);

	private static EmbeddedMongo server;

	private static MongoClient client;

	private final ScaleDataSet data = ScaleDataSet.of(SIZES, Instant.parse("2026-11-20T10:00:00Z"));

	private final List<String> progress = new ArrayList<>();

	@BeforeAll
	static void start() {
		server = EmbeddedMongo.inMemory("127.0.0.1", 0);
		client = MongoClients.create(server.connectionString("scale"));
	}

	@AfterAll
	static void stop() {
		client.close();
		server.close();
	}

	@Test
	void addsEveryDocumentBesideWhatIsThere() {
		MongoDatabase database = client.getDatabase("scale-adds");
		Mono.from(database.getCollection("listings").insertOne(new Document("_id", "lst-00001"))).block();

		ScaleDataLoader.LoadReport report = new ScaleDataLoader(database, this.progress::add).load(this.data).block();

		assertThat(report.alreadyLoaded()).isFalse();
		assertThat(report.inserted()).containsEntry("sellers", 30L)
			.containsEntry("listings", 1_500L)
			.containsEntry("users", 20L)
			.containsEntry("orders", 400L)
			.containsEntry("audit_events", 2_500L);
		long parts = this.data.orders().mapToLong((order) -> order.parts().size()).sum();
		assertThat(count(database, "order_parts")).isEqualTo(parts);
		assertThat(count(database, "listings")).isEqualTo(1_501);
		assertThat(one(database, "orders", this.data.orderId(123))).isEqualTo(this.data.order(123).order());
		assertThat(one(database, "audit_events", this.data.auditEvent(7).getString("_id")))
			.isEqualTo(this.data.auditEvent(7));
		Document counter = one(database, "counters", "orderno/2026");
		assertThat(counter.get("seq", Number.class).longValue()).isEqualTo(400L);
		assertThat(this.progress).anyMatch((line) -> line.startsWith("audit_events: 2,500 documents"));
	}

	@Test
	void loadingTheSameSetAgainDoesNothing() {
		MongoDatabase database = client.getDatabase("scale-again");
		ScaleDataLoader loader = new ScaleDataLoader(database, this.progress::add);
		loader.load(this.data).block();

		ScaleDataLoader.LoadReport again = loader.load(this.data).block();

		assertThat(again.alreadyLoaded()).isTrue();
		assertThat(count(database, "orders")).isEqualTo(400);
	}

	@Test
	void anotherSizeIsRefused() {
		MongoDatabase database = client.getDatabase("scale-other");
		ScaleDataLoader loader = new ScaleDataLoader(database, this.progress::add);
		loader.load(this.data).block();

		ScaleDataSet bigger = ScaleDataSet.of(new ScaleSizes(30, 1_600, 20, 400, 2_500), Instant.now());
		assertThatExceptionOfType(ScaleDataLoader.AlreadyLoaded.class).isThrownBy(() -> loader.load(bigger).block())
			.withMessageContaining("other sizes");
		assertThat(count(database, "listings")).isEqualTo(1_500);
	}

	@Test
	void anInterruptedLoadIsFinishedByLoadingAgain() {
		MongoDatabase database = client.getDatabase("scale-interrupted");
		// As if a load had stopped half-way through the listings.
		Mono.from(database.getCollection("listings").insertMany(this.data.catalog().listings().limit(700).toList()))
			.block();

		ScaleDataLoader.LoadReport report = new ScaleDataLoader(database, this.progress::add).load(this.data).block();

		assertThat(report.inserted()).containsEntry("listings", 800L);
		assertThat(count(database, "listings")).isEqualTo(1_500);
		assertThat(count(database, "system_markers")).isEqualTo(1);
	}

	private static long count(MongoDatabase database, String collection) {
		return Mono.from(database.getCollection(collection).countDocuments()).block();
	}

	private static Document one(MongoDatabase database, String collection, String id) {
		return Mono.from(database.getCollection(collection).find(Filters.eq("_id", id)).first()).block();
	}

}
