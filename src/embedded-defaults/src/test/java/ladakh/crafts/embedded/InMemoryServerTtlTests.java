package ladakh.crafts.embedded;

import java.time.Duration;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The TTL contract on the in-process server's memory backend (tests' default). */
class InMemoryServerTtlTests extends TtlContract {

	private static EmbeddedMongo server;

	private static MongoClient client;

	@BeforeAll
	static void start() {
		server = EmbeddedMongo.inMemory("127.0.0.1", 0, Duration.ofMillis(200));
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
