package ladakh.crafts.loadtests.benchmarks;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.loadtests.measure.MarkdownSection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole embedded stack's resident memory (issue 11, finding 15): the marketplace
 * started as the README starts it ({@code java @marketplace-web/jvm.options -jar ...},
 * the in-process MongoDB-protocol server and the local Elasticsearch node as its child),
 * at rest after the demo data is loaded and while storefront pages are loaded for a
 * minute; side by side with the same jar on the JVM's own defaults, in the same run.
 * Resident size is the sum of VmRSS over the marketplace's process and all its
 * descendants (the node).
 * <p>
 * Not part of the normal build; run it with {@value #COMMAND}. It asserts only that both
 * sides served their pages, never a size or a timing.
 */
@Tag("benchmark")
class MemoryBenchmark {

	static final String COMMAND = "mvn -B -pl src/load-tests -am verify -Pbenchmarks -Dtest=MemoryBenchmark";

	private static final Duration LOAD = Duration.ofSeconds(Integer.getInteger("benchmarks.memory.load-seconds", 60));

	private static final int CONCURRENCY = Integer.getInteger("benchmarks.memory.concurrency", 32);

	private static final Duration SETTLE = Duration.ofSeconds(20);

	private static final Pattern PAGE_LINK = Pattern.compile("href=\"(/(?:listings|crafts|sellers)/[A-Za-z0-9._-]+)\"");

	private static final Pattern NODE_UP = Pattern.compile("Elasticsearch is up on \\S+ \\(pid (\\d+)\\)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void theEmbeddedStackWithTheReadmeOptionsAgainstTheJvmDefaults() throws Exception {
		Path jar = Path.of(System.getProperty("benchmarks.marketplace.jar")).toAbsolutePath();
		Path options = Path.of(System.getProperty("benchmarks.marketplace.jvm-options")).toAbsolutePath();
		assertThat(jar).as("run with -am so marketplace-web is packaged first").exists();
		Path work = Path.of("target", "memory-benchmark").toAbsolutePath();
		Files.createDirectories(work);

		Side bounded = measure(work, "readme", List.of("@" + options));
		Side defaults = measure(work, "defaults", List.of());

		String markdown = report(bounded, defaults, Files.readAllLines(options));
		System.out.println(markdown);
		String target = System.getProperty("benchmarks.report");
		if (target != null) {
			new MarkdownSection("memory-benchmark").write(Path.of(target), markdown);
		}
		assertThat(bounded.pages()).isPositive();
		assertThat(defaults.pages()).isPositive();
	}

	private Side measure(Path work, String name, List<String> jvmOptions) throws Exception {
		Path dataDir = work.resolve(name + "-" + ProcessHandle.current().pid());
		Files.createDirectories(dataDir);
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", System.getProperty("benchmarks.marketplace.jar")));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("marketplace.log").toFile());
		Map<String, String> env = builder.environment();
		env.remove("MONGODB_URI");
		env.remove("ELASTICSEARCH_URL");
		env.put("MARKETPLACE_DATA_DIR", dataDir.toString());
		env.put("PORT", String.valueOf(port));
		env.put("MARKETPLACE_MONGO_PORT", String.valueOf(freePort()));
		env.put("MARKETPLACE_ES_PORT", String.valueOf(freePort()));
		Process process = builder.start();
		try {
			awaitHealthy(process, port);
			Stack stack = new Stack(process.toHandle(), nodePid(dataDir.resolve("marketplace.log")));
			List<String> pages = storefrontPages(port);
			Thread.sleep(SETTLE.toMillis());
			long atRest = stack.residentKib();
			LoadResult load = load(stack, port, pages);
			System.out.printf(Locale.ROOT, "%s: at rest %d MiB, peak under load %d MiB, %d pages, %d errors%n", name,
					atRest >> 10, load.peakKib() >> 10, load.pages(), load.errors());
			return new Side(name, atRest, load.peakKib(), load.marketplacePeakKib(), load.pages(), load.errors());
		}
		finally {
			process.destroy();
			if (!process.waitFor(90, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	/**
	 * GETs storefront pages from many clients at once and samples memory every second.
	 */
	private LoadResult load(Stack stack, int port, List<String> pages) throws Exception {
		AtomicLong served = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		Instant end = Instant.now().plus(LOAD);
		ExecutorService clients = Executors.newFixedThreadPool(CONCURRENCY);
		for (int c = 0; c < CONCURRENCY; c++) {
			int offset = c;
			clients.submit(() -> {
				for (int i = offset; Instant.now().isBefore(end); i++) {
					try {
						int status = get(port, pages.get(i % pages.size())).statusCode();
						(status == 200 ? served : errors).incrementAndGet();
					}
					catch (IOException ex) {
						errors.incrementAndGet();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			});
		}
		long peak = 0;
		long marketplacePeak = 0;
		while (Instant.now().isBefore(end)) {
			Thread.sleep(1000);
			peak = Math.max(peak, stack.residentKib());
			marketplacePeak = Math.max(marketplacePeak, rssKib(stack.marketplace().pid()));
		}
		clients.shutdown();
		clients.awaitTermination(30, TimeUnit.SECONDS);
		return new LoadResult(peak, marketplacePeak, served.get(), errors.get());
	}

	/** The home page, searches, and the listing, craft and seller pages they link to. */
	private List<String> storefrontPages(int port) throws Exception {
		Set<String> pages = new LinkedHashSet<>(List.of("/", "/search", "/search?q=pashmina", "/search?q=thangka",
				"/search?q=carpet&page=2", "/search?q=%E0%A4%95%E0%A4%BE%E0%A4%B2%E0%A5%80%E0%A4%A8"));
		for (String page : List.copyOf(pages)) {
			Matcher links = PAGE_LINK.matcher(get(port, page).body());
			while (links.find() && pages.size() < 60) {
				pages.add(links.group(1));
			}
		}
		return List.copyOf(pages);
	}

	private void awaitHealthy(Process process, int port) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
		while (Instant.now().isBefore(deadline)) {
			assertThat(process.isAlive()).as("the marketplace exited during start; see its log").isTrue();
			try {
				String body = get(port, "/actuator/health").body();
				if (body.contains("\"elasticsearch\":{\"status\":\"UP\"") && body.contains("\"status\":\"UP\"")
						&& !body.contains("OUT_OF_SERVICE")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("the marketplace was not ready within four minutes");
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The node's pid as the marketplace logs it: the node daemonizes, so it is not among
	 * the marketplace's descendants.
	 */
	private static long nodePid(Path log) throws IOException {
		Matcher up = NODE_UP.matcher(Files.readString(log));
		assertThat(up.find()).as("the marketplace logs its local node's pid").isTrue();
		return Long.parseLong(up.group(1));
	}

	/** VmRSS of one process in KiB (0 once it has gone). */
	private static long rssKib(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | RuntimeException gone) {
			// the process ended between listing and reading
		}
		return 0;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String report(Side bounded, Side defaults, List<String> optionLines) {
		String options = String.join(" ",
				optionLines.stream()
					.map(String::strip)
					.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
					.toList());
		StringBuilder text = new StringBuilder();
		text.append("## Memory of the embedded stack (issue 11)\n\n");
		text.append("Written by `MemoryBenchmark` (src/load-tests); run it with `").append(COMMAND).append("`.\n");
		text.append("The marketplace started as the README starts it, with its in-process MongoDB-protocol server and "
				+ "its local Elasticsearch node (512 MB heap), demo data loaded; resident size (VmRSS) summed over "
				+ "the marketplace's process and the node's, at rest " + SETTLE.toSeconds()
				+ " s after it is ready, and the peak of one-second samples while " + CONCURRENCY
				+ " clients GET storefront pages (home, searches, listing, craft and seller pages) for "
				+ LOAD.toSeconds() + " s. Both sides in the same run, one after the other. Aims: under 1.5 GiB at "
				+ "rest, under 2 GiB under load.\n\n");
		text.append(BenchmarkReport.environmentRows());
		text.append("| README options (`marketplace-web/jvm.options`) | `").append(options).append("` |\n\n");
		text.append("| | README options | JVM defaults | README / defaults |\n|---|---|---|---|\n");
		row(text, "whole stack at rest", bounded.atRestKib(), defaults.atRestKib());
		row(text, "whole stack, peak under load", bounded.peakKib(), defaults.peakKib());
		row(text, "marketplace process alone, peak under load", bounded.marketplacePeakKib(),
				defaults.marketplacePeakKib());
		text.append(String.format(Locale.ROOT, "| pages served (errors) | %,d (%d) | %,d (%d) | %.2f |%n",
				bounded.pages(), bounded.errors(), defaults.pages(), defaults.errors(),
				(double) bounded.pages() / Math.max(1, defaults.pages())));
		return text.toString();
	}

	private static void row(StringBuilder text, String what, long boundedKib, long defaultsKib) {
		text.append(String.format(Locale.ROOT, "| %s | %,d MiB | %,d MiB | %.2f |%n", what, boundedKib >> 10,
				defaultsKib >> 10, (double) boundedKib / Math.max(1, defaultsKib)));
	}

	/** The marketplace's process (with any children) and its local node's. */
	record Stack(ProcessHandle marketplace, long nodePid) {

		long residentKib() {
			return rssKib(this.marketplace.pid())
					+ this.marketplace.descendants().mapToLong((child) -> rssKib(child.pid())).sum()
					+ rssKib(this.nodePid);
		}

	}

	record Side(String name, long atRestKib, long peakKib, long marketplacePeakKib, long pages, long errors) {
	}

	record LoadResult(long peakKib, long marketplacePeakKib, long pages, long errors) {
	}

}
