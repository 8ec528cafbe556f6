package ladakh.crafts.marketplace.testsupport;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One in-process MongoDB-protocol server (mongo-java-server, memory backend) per test
 * JVM, on a free port of 127.0.0.1. Each test class takes its own database, so classes do
 * not see each other's data. Meant to be replaced by the shared embedded-defaults
 * bootstrap once that module lands; callers only use {@link #uri(String)} and
 * {@link #register(DynamicPropertyRegistry, String)}.
 * <p>
 * The server has no transactions, no {@code $text} and no {@code hello} command.
 */
public final class InProcessMongo {

	private static volatile String address;

	private InProcessMongo() {
	}

	/**
	 * The connection string for a database on the shared server, starting it if needed.
	 * @param database the database name
	 * @return a {@code mongodb://} URI
	 */
	public static String uri(String database) {
		return "mongodb://" + address() + "/" + database;
	}

	/**
	 * Points Spring Boot's MongoDB client at a database on the shared server.
	 * @param registry the registry of a {@code @DynamicPropertySource} method
	 * @param database the database name
	 */
	public static void register(DynamicPropertyRegistry registry, String database) {
		registry.add("spring.mongodb.uri", () -> uri(database));
	}

	private static String address() {
		if (address == null) {
			synchronized (InProcessMongo.class) {
				if (address == null) {
					MongoServer server = new MongoServer(new MemoryBackend());
					server.bind("127.0.0.1", 0);
					InetSocketAddress bound = server.getLocalAddress();
					Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "in-process-mongo-shutdown"));
					address = "127.0.0.1:" + bound.getPort();
				}
			}
		}
		return address;
	}

}
