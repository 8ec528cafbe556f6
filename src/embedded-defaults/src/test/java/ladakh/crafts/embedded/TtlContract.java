package ladakh.crafts.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What MongoDB does with TTL indexes ({@code expireAfterSeconds} on one date field), as
 * one check run unchanged against every server: the in-process server on each backend
 * and, where Docker exists, a real MongoDB. A document expires when its field is a date
 * (or an array of dates: the earliest counts) older than now minus expireAfterSeconds; a
 * document without the field, or with anything but a date in it, stays. Indexes without
 * {@code expireAfterSeconds} remove nothing.
 * <p>
 * Subclasses give a client of a server whose TTL pass runs about every second; the check
 * waits until the expired documents are gone (a pass treats a whole collection at once),
 * then requires exactly the others to remain.
 */
abstract class TtlContract {

	/** Long enough for a real mongod started by Testcontainers; the pass takes ~1 s. */
	private static final Duration PATIENCE = Duration.ofMinutes(2);

	/** A client of the server under test. */
	abstract MongoClient client();

	@Test
	void documentsPastTheirExpiryAreRemovedAndEveryOtherDocumentStays() {
		MongoDatabase database = client().getDatabase("ttl-" + UUID.randomUUID().toString().substring(0, 8));
		Instant now = Instant.now();
		Date hourAgo = Date.from(now.minus(Duration.ofHours(1)));
		Date inAnHour = Date.from(now.plus(Duration.ofHours(1)));

		// Like sessions and login attempts: the document carries its own expiry time.
		MongoCollection<Document> sessions = database.getCollection("sessions");
		ttlIndex(sessions, "expireAt", 0);
		insert(sessions, new Document("_id", "past").append("expireAt", hourAgo),
				new Document("_id", "future").append("expireAt", inAnHour), new Document("_id", "no-field"),
				new Document("_id", "null").append("expireAt", null),
				new Document("_id", "string").append("expireAt", "2000-01-01T00:00:00Z"),
				new Document("_id", "number").append("expireAt", 0),
				new Document("_id", "dates-earliest-past").append("expireAt", List.of(inAnHour, hourAgo)),
				new Document("_id", "dates-all-future").append("expireAt",
						List.of(inAnHour, Date.from(now.plus(Duration.ofHours(2))))));

		// A creation time that lives expireAfterSeconds.
		MongoCollection<Document> events = database.getCollection("events");
		ttlIndex(events, "createdAt", 3600);
		insert(events,
				new Document("_id", "two-hours-old").append("createdAt", Date.from(now.minus(Duration.ofHours(2)))),
				new Document("_id", "half-an-hour-old").append("createdAt",
						Date.from(now.minus(Duration.ofMinutes(30)))));

		// A field inside a subdocument.
		MongoCollection<Document> audits = database.getCollection("audits");
		ttlIndex(audits, "audit.at", 0);
		insert(audits, new Document("_id", "old").append("audit", new Document("at", hourAgo)),
				new Document("_id", "new").append("audit", new Document("at", inAnHour)));

		// An ordinary index on a date removes nothing.
		MongoCollection<Document> archive = database.getCollection("archive");
		Mono.from(archive.createIndex(Indexes.ascending("createdAt"))).block();
		insert(archive,
				new Document("_id", "ancient").append("createdAt", Date.from(now.minus(Duration.ofDays(1000)))));

		awaitGone(sessions, "past", "dates-earliest-past");
		awaitGone(events, "two-hours-old");
		awaitGone(audits, "old");

		assertThat(ids(sessions)).containsExactlyInAnyOrder("future", "no-field", "null", "string", "number",
				"dates-all-future");
		assertThat(ids(events)).containsExactly("half-an-hour-old");
		assertThat(ids(audits)).containsExactly("new");
		assertThat(ids(archive)).containsExactly("ancient");
		Mono.from(database.drop()).block();
	}

	private static void ttlIndex(MongoCollection<Document> collection, String field, long seconds) {
		Mono.from(collection.createIndex(Indexes.ascending(field),
				new IndexOptions().name(field + "_ttl").expireAfter(seconds, TimeUnit.SECONDS)))
			.block();
	}

	private static void insert(MongoCollection<Document> collection, Document... documents) {
		Mono.from(collection.insertMany(Arrays.asList(documents))).block();
	}

	private static Set<String> ids(MongoCollection<Document> collection) {
		return Set
			.copyOf(Flux.from(collection.find()).map((document) -> document.getString("_id")).collectList().block());
	}

	private static void awaitGone(MongoCollection<Document> collection, String... ids) {
		await(() -> Mono.from(collection.countDocuments(new Document("_id", new Document("$in", List.of(ids)))))
			.block() == 0, "documents " + List.of(ids) + " of " + collection.getNamespace() + " to expire");
	}

	private static void await(BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Gave up waiting for " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				fail("Interrupted waiting for " + what);
			}
		}
	}

}
