package ladakh.crafts.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import ladakh.crafts.localnode.LocalElasticsearchNode;
import ladakh.crafts.localnode.LocalNodeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engines this JVM started (or attached to) because no real MongoDB or Elasticsearch
 * was configured. One set per JVM: every application context in a test JVM shares it, and
 * a second process on the same data directory (the catalog indexer beside the web
 * application) attaches to the running engines instead of starting its own.
 */
public final class EmbeddedEngines {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedEngines.class);

	private static EmbeddedEngines current;

	private final EngineSettings settings;

	private final EmbeddedMongo mongo;

	private final LocalElasticsearchNode elasticsearch;

	private final String mongoUri;

	private final String elasticsearchUrl;

	private final Path stateFile;

	private EmbeddedEngines(EngineSettings settings, EmbeddedMongo mongo, LocalElasticsearchNode elasticsearch,
			String mongoUri, String elasticsearchUrl, Path stateFile) {
		this.settings = settings;
		this.mongo = mongo;
		this.elasticsearch = elasticsearch;
		this.mongoUri = mongoUri;
		this.elasticsearchUrl = elasticsearchUrl;
		this.stateFile = stateFile;
	}

	/**
	 * The engines for these settings: the running ones of this JVM, another process's, or
	 * new ones.
	 */
	static synchronized EmbeddedEngines obtain(EngineSettings settings) {
		if (current != null) {
			return current;
		}
		Path stateFile = settings.dataDir().resolve("run").resolve("engines.properties");
		if (!settings.testMode()) {
			Optional<EmbeddedEngines> attached = attachToRunning(settings, stateFile);
			if (attached.isPresent()) {
				current = attached.get();
				return current;
			}
		}
		EmbeddedMongo mongo = null;
		LocalElasticsearchNode node = null;
		try {
			if (settings.embeddedMongo()) {
				mongo = startMongo(settings);
			}
			if (settings.embeddedElasticsearch()) {
				node = LocalElasticsearchNode.launch(nodeSettings(settings));
			}
		}
		catch (RuntimeException ex) {
			if (mongo != null) {
				mongo.close();
			}
			throw ex;
		}
		String mongoUri = (mongo != null) ? mongo.connectionString(settings.database()) : settings.mongoUri();
		String esUrl = (node != null) ? stripTrailingSlash(node.httpUri().toString()) : settings.elasticsearchUrl();
		EmbeddedEngines engines = new EmbeddedEngines(settings, mongo, node, mongoUri, esUrl,
				settings.testMode() ? null : stateFile);
		engines.writeState();
		if (settings.testMode()) {
			// Shared by every context of a test JVM: stopped when the JVM exits. An
			// application
			// stops them from its lifecycle instead, after the web server has drained.
			Runtime.getRuntime().addShutdownHook(new Thread(engines::stop, "embedded-engines-shutdown"));
		}
		current = engines;
		return engines;
	}

	/**
	 * The engines a test JVM shares: in-memory MongoDB and a local node on free ports
	 * under the build's test directory. For tests that need the servers without an
	 * application context.
	 */
	public static EmbeddedEngines forTests() {
		org.springframework.core.env.StandardEnvironment env = new org.springframework.core.env.StandardEnvironment();
		env.getPropertySources()
			.addFirst(new org.springframework.core.env.MapPropertySource("tests",
					java.util.Map.of("marketplace.embedded.mode", "test")));
		EmbeddedEngines engines = obtain(EngineSettings.from(env));
		engines.awaitReady();
		return engines;
	}

	/** The engines of this JVM, if any were started or attached. */
	public static synchronized Optional<EmbeddedEngines> current() {
		return Optional.ofNullable(current);
	}

	/** The in-process server: on loopback only, it has no authentication. */
	static EmbeddedMongo startMongo(EngineSettings settings) {
		return settings.mongoInMemory()
				? EmbeddedMongo.inMemory(EngineSettings.LOOPBACK, settings.mongoPort(), settings.mongoTtlInterval())
				: EmbeddedMongo.persistent(settings.mongoStoreFile(), EngineSettings.LOOPBACK, settings.mongoPort(),
						settings.mongoTtlInterval());
	}

	/** The local node's settings: on loopback only, it has no authentication. */
	static LocalNodeSettings nodeSettings(EngineSettings settings) {
		LocalNodeSettings node = LocalNodeSettings.defaults(settings.elasticsearchBaseDir())
			.withHttpPort(settings.elasticsearchPort())
			.withHeap(settings.elasticsearchHeap())
			.withSystemUser(settings.elasticsearchUser())
			.withStartTimeout(settings.elasticsearchStartTimeout());
		return (settings.elasticsearchDistribution() != null)
				? node.withDistributionZip(settings.elasticsearchDistribution()) : node;
	}

	private static Optional<EmbeddedEngines> attachToRunning(EngineSettings settings, Path stateFile) {
		if (!Files.isRegularFile(stateFile)) {
			return Optional.empty();
		}
		Properties state = new Properties();
		try (InputStream in = Files.newInputStream(stateFile)) {
			state.load(in);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		long owner = Long.parseLong(state.getProperty("pid", "-1"));
		boolean alive = owner != ProcessHandle.current().pid()
				&& ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false);
		if (!alive) {
			return Optional.empty();
		}
		log.info("Attaching to the embedded engines of process {} (data directory {})", owner, settings.dataDir());
		String mongoUri = settings.embeddedMongo() ? state.getProperty("mongo.uri") : settings.mongoUri();
		String esUrl = settings.embeddedElasticsearch() ? state.getProperty("elasticsearch.url")
				: settings.elasticsearchUrl();
		return Optional.of(new EmbeddedEngines(settings, null, null, mongoUri, esUrl, null));
	}

	/** Waits until the local Elasticsearch node answers, if this JVM started one. */
	void awaitReady() {
		if (this.elasticsearch != null) {
			this.elasticsearch.awaitHealthy();
		}
	}

	/** Stops what this JVM started; idempotent. */
	synchronized void stop() {
		if (this.elasticsearch != null) {
			this.elasticsearch.stop();
		}
		if (this.mongo != null) {
			this.mongo.close();
		}
		if (this.stateFile != null) {
			try {
				Files.deleteIfExists(this.stateFile);
			}
			catch (IOException ex) {
				log.warn("Could not remove {}: {}", this.stateFile, ex.getMessage());
			}
		}
		synchronized (EmbeddedEngines.class) {
			if (current == this) {
				current = null;
			}
		}
	}

	private void writeState() {
		if (this.stateFile == null) {
			return;
		}
		Properties state = new Properties();
		state.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
		if (this.mongo != null) {
			state.setProperty("mongo.uri", this.mongoUri);
		}
		if (this.elasticsearch != null) {
			state.setProperty("elasticsearch.url", this.elasticsearchUrl);
		}
		try {
			Files.createDirectories(this.stateFile.getParent());
			try (OutputStream out = Files.newOutputStream(this.stateFile)) {
				state.store(out, "Embedded engines of a running marketplace process; removed when it stops");
			}
		}
		catch (IOException ex) {
			log.warn("Could not record the embedded engines in {}: {}", this.stateFile, ex.getMessage());
		}
	}

	public String mongoUri() {
		return this.mongoUri;
	}

	public String elasticsearchUrl() {
		return this.elasticsearchUrl;
	}

	/**
	 * True when this JVM runs an in-process MongoDB server (not attached, not external).
	 */
	public boolean runsMongo() {
		return this.mongo != null;
	}

	/** True when this JVM started a local Elasticsearch node. */
	public boolean runsElasticsearch() {
		return this.elasticsearch != null;
	}

	public Optional<LocalElasticsearchNode> elasticsearchNode() {
		return Optional.ofNullable(this.elasticsearch);
	}

	boolean sharedByTests() {
		return this.settings.testMode();
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
