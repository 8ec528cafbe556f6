package ladakh.crafts.localnode;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch node running as a child process of this JVM, with its
 * distribution, configuration, data and logs under one base directory. Data survives a
 * stop and is reused by the next launch on the same directory.
 * <p>
 * The node is started as a daemon ({@code bin/elasticsearch -d -p pidfile}); its pid file
 * is how {@link #stop()}, the JVM shutdown hook and the next launch find it.
 */
public final class LocalElasticsearchNode implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(LocalElasticsearchNode.class);

	private static final int LOG_LINES = 30;

	private static final Pattern HEALTHY = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow)\"");

	private final LocalNodeSettings settings;

	private final NodeLayout layout;

	private final URI httpUri;

	private final Optional<String> runsAs;

	private final Process launcher;

	private final Thread shutdownHook = new Thread(this::stop, "local-elasticsearch-shutdown");

	private Long pid;

	private boolean stopped;

	private LocalElasticsearchNode(LocalNodeSettings settings, NodeLayout layout, URI httpUri, Optional<String> runsAs,
			Process launcher) {
		this.settings = settings;
		this.layout = layout;
		this.httpUri = httpUri;
		this.runsAs = runsAs;
		this.launcher = launcher;
	}

	/**
	 * Provisions the node's files and starts it; returns without waiting for it to be up
	 * (see {@link #awaitHealthy()}).
	 * @throws LocalNodeException if the node cannot be started; the message says what to
	 * do
	 */
	public static LocalElasticsearchNode launch(LocalNodeSettings settings) {
		Path zip = Distribution.locate(settings.distributionZip());
		Optional<String> runsAs = NodeUser.currentUserIsRoot() ? Optional.of(settings.systemUser()) : Optional.empty();
		Path baseDir = runsAs.map((user) -> NodeUser.accessibleBaseDir(settings.baseDir(), user))
			.orElse(settings.baseDir());
		NodeLayout layout = new NodeLayout(baseDir);
		createDirectories(layout);
		NodeProcesses.stopStaleNode(layout);
		int httpPort = Ports.requireFree(settings.host(), settings.httpPort());
		int transportPort = Ports.pickFree(settings.host());
		runsAs.ifPresent(NodeUser::ensureExists);
		NodeUser.checkJava(settings.javaHome(), runsAs);

		Distribution.unpack(zip, layout.home());
		Map<String, String> environment = environment(settings, layout);
		NodeConfiguration.write(layout, settings, httpPort, transportPort);
		AnalysisPluginInstaller.install(layout, environment);
		runsAs.ifPresent((user) -> NodeUser.giveOwnership(baseDir, user));

		URI httpUri = URI.create("http://" + settings.host() + ":" + httpPort);
		logger.info("Starting Elasticsearch on {} with files under {}{}", httpUri, baseDir,
				runsAs.map((user) -> " as user '" + user + "'").orElse(""));
		Process launcher = start(layout, environment, runsAs);
		LocalElasticsearchNode node = new LocalElasticsearchNode(settings, layout, httpUri, runsAs, launcher);
		Runtime.getRuntime().addShutdownHook(node.shutdownHook);
		return node;
	}

	private static void createDirectories(NodeLayout layout) {
		try {
			for (Path dir : List.of(layout.data(), layout.logs(), layout.tmp(), layout.run(), layout.config())) {
				Files.createDirectories(dir);
			}
		}
		catch (IOException ex) {
			throw new LocalNodeException("Could not create the node's directories under " + layout.baseDir() + ": "
					+ ex.getMessage() + "; choose a data directory you can write to", ex);
		}
	}

	private static Map<String, String> environment(LocalNodeSettings settings, NodeLayout layout) {
		Map<String, String> environment = new LinkedHashMap<>();
		// Elasticsearch ignores JAVA_HOME.
		environment.put("ES_JAVA_HOME", settings.javaHome().toString());
		environment.put("ES_PATH_CONF", layout.config().toString());
		environment.put("ES_TMPDIR", layout.tmp().toString());
		environment.put("HOME", layout.tmp().toString());
		return environment;
	}

	private static Process start(NodeLayout layout, Map<String, String> environment, Optional<String> runsAs) {
		try {
			Files.deleteIfExists(layout.pidFile());
			List<String> command = List.of(layout.home().resolve("bin/elasticsearch").toString(), "-d", "-p",
					layout.pidFile().toString());
			ProcessBuilder builder = new ProcessBuilder(NodeUser.commandFor(command, environment, runsAs))
				.directory(layout.home().toFile())
				.redirectErrorStream(true)
				.redirectOutput(layout.launcherOutput().toFile());
			builder.environment().remove("ES_JAVA_OPTS");
			builder.environment().putAll(environment);
			Process process = builder.start();
			process.getOutputStream().close();
			return process;
		}
		catch (IOException ex) {
			throw new LocalNodeException("Could not start " + layout.home().resolve("bin/elasticsearch") + ": "
					+ ex.getMessage() + "; delete " + layout.home() + " to unpack the distribution afresh", ex);
		}
	}

	/**
	 * Waits until the cluster is yellow or green, at most the start timeout.
	 * @return this node
	 * @throws LocalNodeException if the node exited or timed out, with the tail of its
	 * log
	 */
	public LocalElasticsearchNode awaitHealthy() {
		try {
			return waitForHealth();
		}
		catch (LocalNodeException ex) {
			// A node that did not come up is not left running half-started.
			stop();
			throw ex;
		}
	}

	private LocalElasticsearchNode waitForHealth() {
		Instant deadline = Instant.now().plus(this.settings.startTimeout());
		URI health = this.httpUri.resolve("/_cluster/health?wait_for_status=yellow&timeout=1s");
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		while (Instant.now().isBefore(deadline)) {
			failIfExited();
			try {
				HttpResponse<String> response = client.send(
						HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && HEALTHY.matcher(response.body()).find()) {
					logger.info("Elasticsearch is up on {} (pid {})", this.httpUri, pid());
					return this;
				}
			}
			catch (ConnectException ex) {
				// not listening yet
			}
			catch (IOException ex) {
				logger.debug("Health check on {} failed", health, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new LocalNodeException("Interrupted while waiting for Elasticsearch on " + this.httpUri, ex);
			}
			pause(Duration.ofMillis(250));
		}
		throw new LocalNodeException("Elasticsearch did not become healthy on " + this.httpUri + " within "
				+ this.settings.startTimeout().toSeconds() + "s; raise the start timeout or fix the cause in its log:"
				+ NodeLogs.tail(this.layout, LOG_LINES));
	}

	private void failIfExited() {
		boolean launcherFailed = !this.launcher.isAlive() && this.launcher.exitValue() != 0;
		boolean serverDied = serverPid()
			.map((pid) -> ProcessHandle.of(pid).map((process) -> !process.isAlive()).orElse(true))
			.orElse(false);
		if (launcherFailed || serverDied) {
			throw new LocalNodeException("Elasticsearch exited during start"
					+ (launcherFailed ? " (exit code " + this.launcher.exitValue() + ")" : "")
					+ "; fix the cause shown in its log and launch again:" + NodeLogs.tail(this.layout, LOG_LINES));
		}
	}

	private synchronized Optional<Long> serverPid() {
		if (this.pid == null) {
			this.pid = NodeProcesses.readPid(this.layout.pidFile()).orElse(null);
		}
		return Optional.ofNullable(this.pid);
	}

	public URI httpUri() {
		return this.httpUri;
	}

	/**
	 * The process id of the Elasticsearch server JVM, waiting (up to the start timeout)
	 * for the node to report it.
	 */
	public long pid() {
		Instant deadline = Instant.now().plus(this.settings.startTimeout());
		while (serverPid().isEmpty()) {
			failIfExited();
			if (Instant.now().isAfter(deadline)) {
				throw new LocalNodeException("Elasticsearch wrote no pid file (" + this.layout.pidFile() + ") within "
						+ this.settings.startTimeout().toSeconds() + "s; see its log:"
						+ NodeLogs.tail(this.layout, LOG_LINES));
			}
			pause(Duration.ofMillis(100));
		}
		return this.pid;
	}

	/**
	 * The system user the node runs as when this JVM is root; empty when it runs as the
	 * current user.
	 */
	public Optional<String> runsAs() {
		return this.runsAs;
	}

	public boolean isRunning() {
		return this.launcher.isAlive()
				|| serverPid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
	}

	/**
	 * Stops the node: SIGTERM, then SIGKILL if it has not stopped within 30 seconds. Safe
	 * to call more than once.
	 */
	public synchronized void stop() {
		if (this.stopped) {
			return;
		}
		List<ProcessHandle> processes = new ArrayList<>();
		serverPid().flatMap(ProcessHandle::of).ifPresent(processes::add);
		this.launcher.descendants().forEach(processes::add);
		processes.add(this.launcher.toHandle());
		if (!NodeProcesses.terminate(processes)) {
			throw new LocalNodeException("Elasticsearch (pid " + this.pid
					+ ") did not stop even when killed; stop it by" + " hand with `kill -9 " + this.pid + "`");
		}
		this.stopped = true;
		try {
			Files.deleteIfExists(this.layout.pidFile());
		}
		catch (IOException ex) {
			logger.debug("Could not delete {}", this.layout.pidFile(), ex);
		}
		if (Thread.currentThread() != this.shutdownHook) {
			try {
				Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
			}
			catch (IllegalStateException ex) {
				// the JVM is already shutting down
			}
		}
		logger.info("Elasticsearch on {} stopped", this.httpUri);
	}

	@Override
	public void close() {
		stop();
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalNodeException("Interrupted while waiting for Elasticsearch", ex);
		}
	}

	@Override
	public String toString() {
		return "LocalElasticsearchNode[" + this.httpUri + ", " + this.layout.baseDir() + "]";
	}

}
