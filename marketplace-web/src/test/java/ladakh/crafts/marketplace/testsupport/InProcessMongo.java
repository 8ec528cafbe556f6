package ladakh.crafts.marketplace.testsupport;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One in-process MongoDB-protocol server per test JVM, on 127.0.0.1 and a free port. The
 * only place tests learn where MongoDB is: swap this for the embedded-defaults module (or
 * a container) without touching the tests.
 */
public final class InProcessMongo {

	private static final String DATABASE = "marketplace-test";

	private static MongoServer server;

	private InProcessMongo() {
	}

	public static synchronized String uri() {
		if (server == null) {
			server = new MongoServer(new MemoryBackend());
			server.bind("127.0.0.1", 0);
			Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "in-process-mongo-shutdown"));
		}
		InetSocketAddress address = server.getLocalAddress();
		return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + DATABASE;
	}

	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", InProcessMongo::uri);
	}

}
