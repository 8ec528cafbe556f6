package ladakh.crafts.embedded;

import java.nio.file.Path;
import java.time.Duration;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The TTL contract on the in-process server's H2 backend (the application's default). */
class PersistentServerTtlTests extends TtlContract {

	@TempDir
	static Path dir;

	private static EmbeddedMongo server;

	private static MongoClient client;

	@BeforeAll
	static void start() {
		server = EmbeddedMongo.persistent(dir.resolve("mongo").resolve("marketplace.mv"), "127.0.0.1", 0,
				Duration.ofMillis(200));
		client = MongoClients.create(server.connectionString("ttl"));
	}

	@AfterAll
	static void stop() {
		client.close();
		server.close();
	}

	@Override
	MongoClient client() {
		return client;
	}

}
