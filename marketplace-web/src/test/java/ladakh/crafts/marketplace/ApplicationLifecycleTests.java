package ladakh.crafts.marketplace;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The marketplace as a person runs it: a separate JVM on the embedded defaults
 * (persistent store, local node, demo data), stopped with SIGTERM and started again on
 * the same data directory.
 */
class ApplicationLifecycleTests {

	private static final Duration START_LIMIT = Duration.ofMinutes(4);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void sigtermStopsEverythingAndASecondStartReusesTheDataWithoutDuplicates() throws Exception {
		Path dataDir = Path.of(System.getProperty("marketplace.test.work-dir", "target/test-work"))
			.resolve("lifecycle-" + ProcessHandle.current().pid())
			.toAbsolutePath();
		Files.createDirectories(dataDir);
		Ports ports = Ports.free();

		Set<Long> otherNodes = elasticsearchPids();

		Process first = start(dataDir, ports, "first");
		Map<String, Long> countsAfterFirst;
		Set<Long> firstNodes;
		try {
			Duration took = awaitHealthy(first, ports);
			System.out.println("First start healthy after " + took.toSeconds() + " s");
			assertThat(get(ports, "/").body()).contains("Ladakh");
			countsAfterFirst = counts(ports);
			assertThat(countsAfterFirst.get("listings")).isGreaterThan(100);
			assertThat(countsAfterFirst.get("crafts")).isEqualTo(15);
			firstNodes = ownNodes(dataDir, otherNodes);
			assertThat(firstNodes).as("the marketplace's own Elasticsearch node runs").isNotEmpty();
		}
		finally {
			terminate(first);
		}
		assertThat(first.exitValue()).as("exit code after SIGTERM").isIn(0, 143);
		assertGone(firstNodes);

		Process second = start(dataDir, ports, "second");
		Set<Long> secondNodes;
		try {
			Duration took = awaitHealthy(second, ports);
			System.out.println("Second start healthy after " + took.toSeconds() + " s");
			assertThat(counts(ports)).as("second start adds no demo data").isEqualTo(countsAfterFirst);
			secondNodes = ownNodes(dataDir, otherNodes);
		}
		finally {
			terminate(second);
		}
		assertGone(secondNodes);
	}

	private Process start(Path dataDir, Ports ports, String name) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						// The README's JVM options file, so its flags are proved to start
						// it.
						"@" + Path.of("jvm.options").toAbsolutePath(), "-cp", System.getProperty("java.class.path"),
						MarketplaceApplication.class.getName()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dataDir.resolve(name + ".log").toFile());
		Map<String, String> env = builder.environment();
		env.remove("MONGODB_URI");
		env.remove("ELASTICSEARCH_URL");
		env.put("MARKETPLACE_DATA_DIR", dataDir.toString());
		env.put("PORT", String.valueOf(ports.http()));
		env.put("MARKETPLACE_MONGO_PORT", String.valueOf(ports.mongo()));
		env.put("MARKETPLACE_ES_PORT", String.valueOf(ports.elasticsearch()));
		// The build's test JVM properties are not passed on: this child runs in
		// application mode.
		return builder.start();
	}

	private Duration awaitHealthy(Process process, Ports ports) throws Exception {
		Instant started = Instant.now();
		Instant deadline = started.plus(START_LIMIT);
		while (Instant.now().isBefore(deadline)) {
			assertThat(process.isAlive()).as("the marketplace exited during start; see its log under test-work")
				.isTrue();
			try {
				HttpResponse<String> health = get(ports, "/actuator/health");
				if (health.statusCode() == 200 && health.body().contains("\"elasticsearch\":{\"status\":\"UP\"")
						&& health.body().contains("\"mongo\":{\"status\":\"UP\"")) {
					return Duration.between(started, Instant.now());
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("not healthy within " + START_LIMIT);
	}

	private HttpResponse<String> get(Ports ports, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.http() + path))
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, Long> counts(Ports ports) {
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + ports.mongo())) {
			MongoDatabase db = client.getDatabase("ladakh_crafts");
			Map<String, Long> counts = new TreeMap<>();
			for (String collection : List.of("crafts", "sellers", "listings", "exhibitions", "photos.files")) {
				counts.put(collection, db.getCollection(collection).countDocuments());
			}
			return counts;
		}
	}

	private static void terminate(Process process) throws InterruptedException {
		process.destroy(); // SIGTERM
		if (!process.waitFor(90, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the marketplace did not stop within 90 s of SIGTERM");
		}
	}

	private static Set<Long> elasticsearchPids() {
		return ProcessHandle.allProcesses()
			.filter((p) -> p.info().commandLine().map((c) -> c.contains("org.elasticsearch")).orElse(false))
			.map(ProcessHandle::pid)
			.collect(Collectors.toSet());
	}

	/**
	 * The nodes this marketplace started: new since the test began, and naming its data
	 * directory (unless the launcher had to move the node out of a directory its user
	 * cannot reach).
	 */
	private static Set<Long> ownNodes(Path dataDir, Set<Long> others) {
		Set<Long> started = new HashSet<>(elasticsearchPids());
		started.removeAll(others);
		Set<Long> named = started.stream()
			.filter((pid) -> ProcessHandle.of(pid)
				.flatMap((p) -> p.info().commandLine())
				.map((c) -> c.contains(dataDir.toString()))
				.orElse(false))
			.collect(Collectors.toSet());
		return named.isEmpty() ? started : named;
	}

	private static void assertGone(Set<Long> pids) throws InterruptedException {
		// The node may take a moment to exit after its parent; allow it a few seconds.
		for (int i = 0; i < 20 && pids.stream().anyMatch(ApplicationLifecycleTests::alive); i++) {
			Thread.sleep(500);
		}
		assertThat(pids).as("no Elasticsearch process left behind").noneMatch(ApplicationLifecycleTests::alive);
	}

	private static boolean alive(long pid) {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}

	record Ports(int http, int mongo, int elasticsearch) {

		static Ports free() throws IOException {
			try (ServerSocket a = new ServerSocket(0);
					ServerSocket b = new ServerSocket(0);
					ServerSocket c = new ServerSocket(0)) {
				return new Ports(a.getLocalPort(), b.getLocalPort(), c.getLocalPort());
			}
		}

	}

}
