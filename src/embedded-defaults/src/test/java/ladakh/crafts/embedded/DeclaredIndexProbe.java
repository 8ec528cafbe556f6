package ladakh.crafts.embedded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Not a test (Surefire runs only {@code *Tests}): what declared indexes save on 100,000
 * listings, plain and indexed memory backends side by side in one run. Run it with
 * {@code mvn -o -B -pl src/embedded-defaults test -Dtest=DeclaredIndexProbe -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DeclaredIndexProbe {

	private static final int DOCUMENTS = 100_000;

	private static final int ROUNDS = 15;

	@Test
	void pagesAndCountsOnAHundredThousandListings() {
		MongoCollection<Document> plain = listings(new MemoryBackend(), "plain  ");
		MongoCollection<Document> indexed = listings(new IndexedMemoryBackend(), "indexed");
		for (String[] step : new String[][] { { "newest 24 ACTIVE" }, { "a seller's newest 24" },
				{ "count of one seller's" }, { "one listing by slug" } }) {
			String name = step[0];
			double a = median(() -> run(plain, name));
			double b = median(() -> run(indexed, name));
			System.out.printf("%-24s plain %8.2f ms  indexed %6.3f ms  ratio %.0f%n", name, a, b, a / b);
		}
	}

	private static Object run(MongoCollection<Document> listings, String name) {
		return switch (name) {
			case "newest 24 ACTIVE" ->
				Flux.from(listings.find(Filters.eq("status", "ACTIVE")).sort(Sorts.descending("createdAt")).limit(24))
					.collectList()
					.block();
			case "a seller's newest 24" ->
				Flux.from(listings.find(Filters.and(Filters.eq("sellerId", "s-42"), Filters.eq("status", "ACTIVE")))
					.sort(Sorts.descending("createdAt"))
					.limit(24)).collectList().block();
			case "count of one seller's" -> Mono.from(listings.countDocuments(Filters.eq("sellerId", "s-42"))).block();
			default -> Flux.from(listings.find(Filters.eq("slug", "item-77777"))).collectList().block();
		};
	}

	private static double median(Supplier<Object> work) {
		work.get();
		double[] times = new double[ROUNDS];
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			work.get();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times[ROUNDS / 2];
	}

	private static MongoCollection<Document> listings(MongoBackend backend, String label) {
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", 0);
		MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
		MongoCollection<Document> listings = client.getDatabase("probe").getCollection("listings");
		Mono.from(listings.createIndex(Document.parse("{status: 1, createdAt: -1}"))).block();
		Mono.from(listings.createIndex(Document.parse("{sellerId: 1, status: 1, createdAt: -1}"))).block();
		Mono.from(listings.createIndex(Document.parse("{slug: 1}"))).block();
		String[] statuses = { "ACTIVE", "ACTIVE", "ACTIVE", "DRAFT", "PAUSED", "REMOVED" };
		long start = System.nanoTime();
		List<Document> batch = new ArrayList<>();
		for (int i = 0; i < DOCUMENTS; i++) {
			batch.add(new Document("_id", String.format("l-%06d", i)).append("slug", "item-" + i)
				.append("status", statuses[i % statuses.length])
				.append("sellerId", "s-" + (i % 1000))
				.append("title", new Document("en", "Pashmina shawl " + i))
				.append("pricePaise", 1_250_000L + i)
				.append("createdAt", new Date(1_780_000_000_000L + i * 1000L)));
			if (batch.size() == 1000) {
				Mono.from(listings.insertMany(batch)).block();
				batch.clear();
			}
		}
		System.out.printf("%s: %d listings inserted with 3 declared indexes in %.1f s%n", label, DOCUMENTS,
				(System.nanoTime() - start) / 1e9);
		return listings;
	}

}
