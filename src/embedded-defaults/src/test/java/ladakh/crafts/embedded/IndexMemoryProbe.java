package ladakh.crafts.embedded;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Not a test (Surefire runs only {@code *Tests}): the heap the declared indexes of an H2
 * store hold once the file is opened again (when every index is rebuilt from its own read
 * of the documents), per entry, for 200,000 audit-event-like documents under four
 * indexes. Run it with
 * {@code mvn -o -B -pl src/embedded-defaults -am verify -Dtest=IndexMemoryProbe -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class IndexMemoryProbe {

	private static final int DOCUMENTS = 200_000;

	private static final int INDEXES = 4;

	@Test
	void heapPerEntryAfterTheStoreIsOpenedAgain() throws Exception {
		Path file = Files.createTempDirectory("index-memory").resolve("probe.mv");
		IndexedH2Backend writing = new IndexedH2Backend(file.toString());
		MongoServer server = new MongoServer(writing);
		server.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
			MongoCollection<Document> events = client.getDatabase("probe").getCollection("audit_events");
			Flux.from(events.createIndexes(List.of(new IndexModel(Indexes.ascending("action", "at")),
					new IndexModel(Indexes.ascending("actorId", "at")),
					new IndexModel(Indexes.ascending("subjectId", "at")),
					new IndexModel(Indexes.ascending("subjectType", "subjectId", "at")))))
				.blockLast();
			List<Document> batch = new ArrayList<>();
			for (int i = 0; i < DOCUMENTS; i++) {
				batch.add(new Document("_id", "x-aud-%07d".formatted(i)).append("action", "ACTION_" + (i % 40))
					.append("actorId", "x-usr-%05d".formatted(i % 20_000))
					.append("subjectType", "SUBJECT_" + (i % 6))
					.append("subjectId", "x-lst-%05d".formatted(i % 100_000))
					.append("at", Date.from(Instant.ofEpochSecond(1_700_000_000L + i))));
				if (batch.size() == 2000) {
					Mono.from(events.insertMany(batch)).block();
					batch.clear();
				}
			}
		}
		server.shutdownNow();
		long before = usedHeap();
		IndexedH2Backend reading = new IndexedH2Backend(file.toString());
		long after = usedHeap();
		long entries = (long) DOCUMENTS * INDEXES;
		System.out.printf("%,d entries after reopening: %,d MB of heap, %d bytes per entry%n", entries,
				(after - before) >> 20, (after - before) / entries);
		reading.close();
	}

	private static long usedHeap() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
