package ladakh.crafts.loadtests.scale;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import ladakh.crafts.embedded.EmbeddedMongo;

/**
 * Loads the scale data set into the marketplace's embedded store, the one the README's
 * first command uses ({@code ./data}, or {@code MARKETPLACE_DATA_DIR}):
 * <ul>
 * <li>while the marketplace runs, through its embedded MongoDB server (found in the data
 * directory's {@code run/engines.properties}); its catalog sync then indexes the new
 * listings (they are loaded {@code dirty}) within minutes;
 * <li>while it is stopped, straight into the store file ({@code mongo/marketplace.mv});
 * the next start indexes them.
 * </ul>
 * With {@code MONGODB_URI} set, into that database instead. Settings (system properties,
 * else environment variables): {@code scale.sizes} / {@code SCALE_SIZES} ({@code full},
 * the default, or e.g. {@code listings=20000,orders=5000}; see {@link ScaleSizes#parse}),
 * {@code marketplace.data-dir} / {@code MARKETPLACE_DATA_DIR} (default {@code data}: the
 * Maven profile passes the checkout's {@code data} directory),
 * {@code marketplace.mongo.database} / {@code MARKETPLACE_MONGO_DATABASE} (default
 * {@code ladakh_crafts}).
 */
public final class ScaleDataCommand {

	private ScaleDataCommand() {
	}

	public static void main(String[] args) {
		// The in-process server logs every collection it creates: only warnings here.
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		try {
			run();
		}
		catch (ScaleDataLoader.AlreadyLoaded ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
		}
	}

	private static void run() {
		ScaleSizes sizes = ScaleSizes.parse(setting("scale.sizes", "SCALE_SIZES", "full"));
		Path dataDir = Path
			.of(setting("marketplace.data-dir", "MARKETPLACE_DATA_DIR",
					System.getProperty("scale.default-data-dir", "data")))
			.toAbsolutePath()
			.normalize();
		String database = setting("marketplace.mongo.database", "MARKETPLACE_MONGO_DATABASE", "ladakh_crafts");
		String uri = setting("spring.mongodb.uri", "MONGODB_URI", "");
		ScaleDataSet data = ScaleDataSet.of(sizes, Instant.now());
		System.out.println("Scale data set: " + sizes);
		if (!uri.isBlank()) {
			System.out.println("Into " + database + " at MONGODB_URI");
			load(uri, database, data);
			return;
		}
		Optional<String> running = runningMarketplace(dataDir);
		if (running.isPresent()) {
			System.out.println("Through the running marketplace's embedded MongoDB server " + running.get());
			load(running.get(), database, data);
			return;
		}
		Path store = dataDir.resolve("mongo").resolve("marketplace.mv");
		System.out.println("Into the embedded store " + store + " (the marketplace is not running)");
		try (EmbeddedMongo server = EmbeddedMongo.persistent(store, "127.0.0.1", 0)) {
			load(server.connectionString(database), database, data);
		}
	}

	private static void load(String uri, String database, ScaleDataSet data) {
		try (MongoClient client = MongoClients.create(uri)) {
			ScaleDataLoader.LoadReport report = new ScaleDataLoader(client.getDatabase(database),
					(line) -> System.out.println("  " + line))
				.load(data)
				.block();
			if (report.alreadyLoaded()) {
				System.out.println("Already loaded: nothing to do.");
			}
			else {
				System.out.println(String.format(Locale.ROOT, "Loaded in %.1f s: %s", report.took().toMillis() / 1000.0,
						report.inserted()));
				System.out.println("The marketplace's catalog sync indexes the new listings (they are marked dirty) "
						+ "while it runs; search shows them once it has.");
			}
		}
	}

	/** The embedded MongoDB server of a marketplace running on this data directory. */
	static Optional<String> runningMarketplace(Path dataDir) {
		Path state = dataDir.resolve("run").resolve("engines.properties");
		if (!Files.isRegularFile(state)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(state)) {
			properties.load(in);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		long pid = Long.parseLong(properties.getProperty("pid", "-1"));
		boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		String uri = properties.getProperty("mongo.uri");
		if (!alive || uri == null) {
			return Optional.empty();
		}
		// The state names the marketplace's database; the loader picks the database
		// itself.
		return Optional.of(uri.substring(0, uri.lastIndexOf('/') + 1));
	}

	private static String setting(String property, String variable, String fallback) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(variable);
		}
		return (value == null || value.isBlank()) ? fallback : value.strip();
	}

}
