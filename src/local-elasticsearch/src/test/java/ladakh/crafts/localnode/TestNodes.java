package ladakh.crafts.localnode;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Node settings for tests: files under the build's test work directory, any free port.
 * The test classes share one base directory (so the distribution is unpacked once) and
 * run one after another, each stopping its node.
 */
final class TestNodes {

	private TestNodes() {
	}

	static Path workDir() {
		return Path.of(System.getProperty("marketplace.test.work-dir", "target/test-work"));
	}

	static LocalNodeSettings settings() {
		return settings(workDir().resolve("node"));
	}

	static LocalNodeSettings settings(Path baseDir) {
		return LocalNodeSettings.defaults(baseDir).withHttpPort(0).withStartTimeout(Duration.ofMinutes(3));
	}

}
