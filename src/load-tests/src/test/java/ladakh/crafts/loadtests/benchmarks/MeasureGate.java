package ladakh.crafts.loadtests.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Lets a script keep the machine quiet while the page benchmark measures, on a shared
 * machine: with {@code -Dbenchmarks.pages.gate=<directory>}, before each measuring phase
 * the benchmark writes {@code waiting-<phase>} there and waits for {@code go-<phase>},
 * and writes {@code done-<phase>} after it (the script takes the machine's build lock
 * between the two). Without the property it does nothing.
 */
final class MeasureGate {

	private static final String DIRECTORY = System.getProperty("benchmarks.pages.gate");

	private static final Duration LONGEST_WAIT = Duration.ofHours(2);

	private MeasureGate() {
	}

	static void enter(String phase) throws IOException, InterruptedException {
		if (DIRECTORY == null) {
			return;
		}
		Path directory = Files.createDirectories(Path.of(DIRECTORY));
		Files.writeString(directory.resolve("waiting-" + phase), "");
		long until = System.nanoTime() + LONGEST_WAIT.toNanos();
		while (!Files.exists(directory.resolve("go-" + phase))) {
			if (System.nanoTime() > until) {
				throw new IllegalStateException("nobody let the " + phase + " measurement start");
			}
			Thread.sleep(1_000);
		}
	}

	static void leave(String phase) throws IOException {
		if (DIRECTORY != null) {
			Files.writeString(Path.of(DIRECTORY).resolve("done-" + phase), "");
		}
	}

}
