package ladakh.crafts.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process MongoDB-protocol server (mongo-java-server). The application reaches it
 * only through the ordinary MongoDB driver, over a loopback socket, exactly as it would a
 * real server. Its backends serve a query that pins {@code _id} beside other conditions
 * (a conditional update such as {@code {_id, rev}}) from the {@code _id} index, as a real
 * MongoDB does, rather than scanning the collection (see {@link IdLookup}), serve other
 * queries from the indexes the application declares (see {@link SecondaryLookup}), report
 * what each query read ({@link QueryScans}), and remove expired documents of TTL indexes
 * as mongod does (see {@link TtlMonitor}). It listens on the address given (loopback in
 * the application) without authentication: a development engine, not a server to expose.
 */
public final class EmbeddedMongo implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

	/** How often expired documents are removed, as mongod's TTL monitor does. */
	static final Duration TTL_INTERVAL = Duration.ofSeconds(60);

	private final MongoServer server;

	private final InetSocketAddress address;

	private final Path file;

	private final TtlMonitor ttl;

	private EmbeddedMongo(MongoServer server, InetSocketAddress address, Path file, TtlMonitor ttl) {
		this.server = server;
		this.address = address;
		this.file = file;
		this.ttl = ttl;
	}

	/** A server whose data lives only as long as this JVM: for tests. */
	public static EmbeddedMongo inMemory(String host, int port) {
		return inMemory(host, port, TTL_INTERVAL);
	}

	/** The same, removing expired documents every {@code ttlInterval}. */
	public static EmbeddedMongo inMemory(String host, int port, Duration ttlInterval) {
		return bind(new IndexedMemoryBackend(), host, port, null, ttlInterval);
	}

	/** A server that persists to one H2 MVStore file, so data survives a restart. */
	public static EmbeddedMongo persistent(Path file, String host, int port) {
		return persistent(file, host, port, TTL_INTERVAL);
	}

	/** The same, removing expired documents every {@code ttlInterval}. */
	public static EmbeddedMongo persistent(Path file, String host, int port, Duration ttlInterval) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the MongoDB data directory " + file.getParent()
					+ "; choose another with MARKETPLACE_DATA_DIR", ex);
		}
		IndexedH2Backend backend;
		try {
			backend = new IndexedH2Backend(file.toString());
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Cannot open the embedded MongoDB store " + file
					+ ". Is another marketplace process using the same data directory? Stop it, or set MARKETPLACE_DATA_DIR.",
					ex);
		}
		return bind(backend, host, port, file, ttlInterval);
	}

	private static <B extends MongoBackend & TtlMonitor.Databases> EmbeddedMongo bind(B backend, String host, int port,
			Path file, Duration ttlInterval) {
		if (ttlInterval.isNegative() || ttlInterval.isZero()) {
			backend.close();
			throw new IllegalArgumentException("The TTL interval must be positive: " + ttlInterval);
		}
		MongoServer server = new MongoServer(backend);
		try {
			server.bind(host, port);
			InetSocketAddress address = server.getLocalAddress();
			TtlMonitor ttl = TtlMonitor.start(backend, ttlInterval, "embedded-mongo-ttl-" + address.getPort());
			log.info("Embedded MongoDB-protocol server listening on {}:{} ({}; expired documents removed every {})",
					address.getHostString(), address.getPort(), (file != null) ? "store " + file : "in memory",
					ttlInterval);
			return new EmbeddedMongo(server, address, file, ttl);
		}
		catch (Exception ex) { // Netty throws BindException undeclared
			server.shutdownNow();
			throw new IllegalStateException("Cannot start the embedded MongoDB server on " + host + ":" + port
					+ " (is the port in use?). Stop the other process, set MARKETPLACE_MONGO_PORT to a free port, or set MONGODB_URI to use a real MongoDB.",
					ex);
		}
	}

	/** A connection string for the given database on this server. */
	public String connectionString(String database) {
		return "mongodb://" + this.address.getHostString() + ":" + this.address.getPort() + "/" + database;
	}

	InetSocketAddress address() {
		return this.address;
	}

	public int port() {
		return this.address.getPort();
	}

	public boolean isPersistent() {
		return this.file != null;
	}

	@Override
	public void close() {
		this.ttl.close(); // before the store closes under a running pass
		this.server.shutdownNow();
		log.info("Embedded MongoDB-protocol server on port {} stopped", this.address.getPort());
	}

}
