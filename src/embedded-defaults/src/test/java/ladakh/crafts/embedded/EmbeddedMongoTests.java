package ladakh.crafts.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The in-process server, reached only through the real reactive driver over a socket.
 */
class EmbeddedMongoTests {

	@Test
	void persistentStoreKeepsDocumentsAcrossARestart(@TempDir Path dir) {
		Path store = dir.resolve("mongo").resolve("marketplace.mv");
		try (EmbeddedMongo first = EmbeddedMongo.persistent(store, "127.0.0.1", 0)) {
			withCollection(
					first, (
							crafts) -> Mono
								.from(crafts.insertOne(new Document("_id", "thangka-painting").append("name",
										new Document("en", "Thangka painting").append("hi", "थंका चित्रकला"))))
								.block());
		}
		try (EmbeddedMongo second = EmbeddedMongo.persistent(store, "127.0.0.1", 0)) {
			List<Document> found = withCollection(second, (crafts) -> Flux.from(crafts.find()).collectList().block());
			assertThat(found).singleElement()
				.satisfies((craft) -> assertThat(craft.get("name", Document.class).getString("hi"))
					.isEqualTo("थंका चित्रकला"));
		}
	}

	@Test
	void inMemoryServerStartsEmptyEachTime() {
		try (EmbeddedMongo first = EmbeddedMongo.inMemory("127.0.0.1", 0)) {
			withCollection(first, (crafts) -> Mono.from(crafts.insertOne(new Document("_id", "pottery"))).block());
		}
		try (EmbeddedMongo second = EmbeddedMongo.inMemory("127.0.0.1", 0)) {
			Long count = withCollection(second, (crafts) -> Mono.from(crafts.countDocuments()).block());
			assertThat(count).isZero();
		}
	}

	@Test
	void conditionalDecrementNeverOversells() {
		try (EmbeddedMongo server = EmbeddedMongo.inMemory("127.0.0.1", 0)) {
			long sold = withCollection(server, (listings) -> {
				Mono.from(listings.insertOne(new Document("_id", "lst-1").append("stock", 5))).block();
				return Flux.range(0, 20)
					.flatMap((buyer) -> Mono
						.from(listings.updateOne(new Document("_id", "lst-1").append("stock", new Document("$gte", 1)),
								new Document("$inc", new Document("stock", -1)))))
					.filter((result) -> result.getModifiedCount() == 1)
					.count()
					.block();
			});
			assertThat(sold).isEqualTo(5);
		}
	}

	@Test
	void theTtlPassStopsWithTheServer(@TempDir Path dir) {
		EmbeddedMongo memory = EmbeddedMongo.inMemory("127.0.0.1", 0, Duration.ofMillis(50));
		EmbeddedMongo h2 = EmbeddedMongo.persistent(dir.resolve("marketplace.mv"), "127.0.0.1", 0,
				Duration.ofMillis(50));
		Thread memoryPass = ttlThreadOf(memory);
		Thread h2Pass = ttlThreadOf(h2);
		assertThat(memoryPass.isAlive()).isTrue();
		assertThat(h2Pass.isAlive()).isTrue();

		memory.close();
		h2.close();

		assertThat(memoryPass.isAlive()).isFalse();
		assertThat(h2Pass.isAlive()).isFalse();
	}

	private static Thread ttlThreadOf(EmbeddedMongo server) {
		String name = "embedded-mongo-ttl-" + server.port();
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no thread " + name));
	}

	@Test
	void aTakenPortIsReportedWithWhatToDo() {
		try (EmbeddedMongo first = EmbeddedMongo.inMemory("127.0.0.1", 0)) {
			assertThatThrownBy(() -> EmbeddedMongo.inMemory("127.0.0.1", first.port()))
				.hasMessageContaining(String.valueOf(first.port()))
				.hasMessageContaining("MARKETPLACE_MONGO_PORT");
		}
	}

	private static <T> T withCollection(EmbeddedMongo server,
			java.util.function.Function<MongoCollection<Document>, T> work) {
		try (MongoClient client = MongoClients.create(server.connectionString("ladakh_crafts"))) {
			return work.apply(client.getDatabase("ladakh_crafts").getCollection("things"));
		}
	}

}
