package ladakh.crafts.marketplace.testsupport;

import ladakh.crafts.embedded.EmbeddedEngines;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where tests find MongoDB: the in-process MongoDB-protocol server the build shares
 * across the test JVM (embedded-defaults, test mode). A test class may take its own
 * database so classes do not see each other's data.
 * <p>
 * The server has no transactions, no {@code $text} and no {@code hello} command.
 */
public final class InProcessMongo {

	private static final String DATABASE = "marketplace-test";

	private InProcessMongo() {
	}

	/** The shared web-test database. */
	public static String uri() {
		return uri(DATABASE);
	}

	/** A database of its own on the shared server. */
	public static String uri(String database) {
		String shared = EmbeddedEngines.forTests().mongoUri();
		return shared.substring(0, shared.lastIndexOf('/') + 1) + database;
	}

	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", InProcessMongo::uri);
	}

	public static void register(DynamicPropertyRegistry registry, String database) {
		registry.add("spring.mongodb.uri", () -> uri(database));
	}

}
