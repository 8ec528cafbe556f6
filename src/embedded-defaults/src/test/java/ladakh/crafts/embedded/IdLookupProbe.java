package ladakh.crafts.embedded;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
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
 * Not a test (Surefire runs only {@code *Tests}): a probe of what the {@code _id} lookup
 * saves on 100,000 documents. Run it with
 * {@code mvn -o -B -pl src/embedded-defaults -am verify -Dtest=IdLookupProbe -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class IdLookupProbe {

	private static final int DOCUMENTS = 100_000;

	private static final int UPDATES = 500;

	@Test
	void conditionalUpdatesOnAHundredThousandDocuments() {
		probe("plain memory backend  ", new MemoryBackend());
		probe("indexed memory backend", new IndexedMemoryBackend());
	}

	/**
	 * The sync's dirty clears for a batch of 500 on 100,000 documents: one
	 * {@code updateOne({_id, rev})} per listing in one bulk write, one
	 * {@code updateMany({_id: {$in}, rev})}, or {@code $in} chunks.
	 */
	@Test
	void dirtyClearsOfABatch() {
		MongoServer server = new MongoServer(new IndexedMemoryBackend());
		server.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
			MongoCollection<Document> listings = client.getDatabase("probe").getCollection("listings");
			List<Document> batch = new ArrayList<>();
			for (int i = 0; i < DOCUMENTS; i++) {
				batch.add(new Document("_id", String.format("lst-%06d", i)).append("rev", 1L)
					.append("dirty", true)
					.append("title", new Document("en", "Pashmina shawl " + i).append("hi", "पश्मीना शॉल"))
					.append("materials", List.of("pashmina", "silk"))
					.append("priceMinor", 1_250_000L + i));
				if (batch.size() == 1000) {
					Mono.from(listings.insertMany(batch)).block();
					batch.clear();
				}
			}
			for (int round = 0; round < 3; round++) {
				for (int chunk : new int[] { 1, 25, 100, 500 }) {
					int first = (round * 4 + java.util.Arrays.asList(1, 25, 100, 500).indexOf(chunk)) * 500;
					List<com.mongodb.client.model.WriteModel<Document>> clears = new ArrayList<>();
					for (int from = first; from < first + 500; from += chunk) {
						List<String> ids = new ArrayList<>();
						for (int i = from; i < from + chunk; i++) {
							ids.add(String.format("lst-%06d", i));
						}
						clears.add((chunk == 1)
								? new com.mongodb.client.model.UpdateOneModel<>(
										Filters.and(Filters.eq("_id", ids.get(0)), Filters.eq("rev", 1L)),
										Updates.combine(Updates.set("dirty", false), Updates.unset("dirtySince")))
								: new com.mongodb.client.model.UpdateManyModel<>(
										Filters.and(Filters.in("_id", ids), Filters.eq("rev", 1L)),
										Updates.combine(Updates.set("dirty", false), Updates.unset("dirtySince"))));
					}
					long start = System.nanoTime();
					com.mongodb.bulk.BulkWriteResult result = Mono.from(listings.bulkWrite(clears)).block();
					long took = System.nanoTime() - start;
					List<String> ids = new ArrayList<>();
					for (int i = first; i < first + 500; i++) {
						ids.add(String.format("lst-%06d", i + 50_000));
					}
					start = System.nanoTime();
					List<Document> found = Flux
						.from(listings.find(Filters.and(Filters.in("_id", ids), Filters.eq("dirty", true))))
						.collectList()
						.block();
					long find = System.nanoTime() - start;
					System.out.printf(
							"round %d: clears of 500 in $in chunks of %3d: %d modified in %.1f ms; "
									+ "find $in 500: %d in %.1f ms%n",
							round, chunk, result.getModifiedCount(), took / 1e6, found.size(), find / 1e6);
				}
			}
		}
		finally {
			server.shutdownNow();
		}
	}

	private static void probe(String name, MongoBackend backend) {
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
			MongoCollection<Document> listings = client.getDatabase("probe").getCollection("listings");
			List<Document> batch = new ArrayList<>();
			for (int i = 0; i < DOCUMENTS; i++) {
				batch.add(new Document("_id", String.format("lst-%06d", i)).append("rev", 1L)
					.append("dirty", true)
					.append("title", "Pashmina shawl " + i));
				if (batch.size() == 1000) {
					Mono.from(listings.insertMany(batch)).block();
					batch.clear();
				}
			}
			int step = DOCUMENTS / UPDATES;
			long start = System.nanoTime();
			for (int i = 0; i < UPDATES; i++) {
				Mono.from(listings.updateOne(
						Filters.and(Filters.eq("_id", String.format("lst-%06d", i * step)), Filters.eq("rev", 1L)),
						Updates.set("dirty", false)))
					.block();
			}
			long updates = System.nanoTime() - start;
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < UPDATES; i++) {
				ids.add(String.format("lst-%06d", i * step + 1));
			}
			start = System.nanoTime();
			List<Document> found = Flux
				.from(listings.find(Filters.and(Filters.in("_id", ids), Filters.eq("dirty", true))))
				.collectList()
				.block();
			long in = System.nanoTime() - start;
			System.out.printf(
					"%s: %d updateOne({_id, rev}) in %d ms (%.2f ms each); find({_id: {$in: %d ids}, "
							+ "dirty: true}) -> %d in %d ms%n",
					name, UPDATES, updates / 1_000_000, updates / 1_000_000.0 / UPDATES, ids.size(), found.size(),
					in / 1_000_000);
		}
		finally {
			server.shutdownNow();
		}
	}

}
