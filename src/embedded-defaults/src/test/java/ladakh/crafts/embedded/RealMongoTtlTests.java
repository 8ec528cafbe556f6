package ladakh.crafts.embedded;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;
import reactor.core.publisher.Mono;

/**
 * The TTL contract against a real MongoDB, where Docker exists; skipped (not failed)
 * where it does not. mongod's TTL monitor is told to run every second instead of every
 * 60.
 */
@Testcontainers(disabledWithoutDocker = true)
class RealMongoTtlTests extends TtlContract {

	@Container
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

	private static MongoClient client;

	@BeforeAll
	static void connect() {
		client = MongoClients.create(mongo.getConnectionString());
		Mono.from(client.getDatabase("admin")
			.runCommand(new Document("setParameter", 1).append("ttlMonitorSleepSecs", 1))).block();
	}

	@AfterAll
	static void disconnect() {
		client.close();
	}

	@Override
	MongoClient client() {
		return client;
	}

}
