package ladakh.crafts.localnode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to provision and run a local Elasticsearch node.
 *
 * @param baseDir all node files go under here: distribution, config, data, logs, tmp
 * @param host the address the node binds to, normally {@code 127.0.0.1}
 * @param httpPort the HTTP port; {@code 0} picks a free one
 * @param heap the JVM heap, for example {@code 512m}
 * @param startTimeout how long {@link LocalElasticsearchNode#awaitHealthy()} waits
 * @param systemUser the user the node runs as when this JVM runs as root (Elasticsearch
 * refuses to run as root)
 * @param javaHome the JDK the node runs on
 * @param distributionZip the distribution zip, or {@code null} for the one the build
 * resolved ({@code MARKETPLACE_ES_DISTRIBUTION} overrides it)
 */
public record LocalNodeSettings(Path baseDir, String host, int httpPort, String heap, Duration startTimeout,
		String systemUser, Path javaHome, Path distributionZip) {

	/** The environment variable naming the HTTP port {@link #defaults} uses. */
	public static final String PORT_VARIABLE = "MARKETPLACE_ES_PORT";

	/** The environment variable naming the distribution zip. */
	public static final String DISTRIBUTION_VARIABLE = "MARKETPLACE_ES_DISTRIBUTION";

	public LocalNodeSettings {
		Objects.requireNonNull(baseDir, "baseDir");
		Objects.requireNonNull(host, "host");
		Objects.requireNonNull(heap, "heap");
		Objects.requireNonNull(startTimeout, "startTimeout");
		Objects.requireNonNull(systemUser, "systemUser");
		Objects.requireNonNull(javaHome, "javaHome");
		if (httpPort < 0 || httpPort > 65535) {
			throw new IllegalArgumentException("httpPort must be between 0 and 65535, was " + httpPort);
		}
		if (!heap.matches("\\d+[kmgKMG]")) {
			throw new IllegalArgumentException("heap must look like 512m or 1g, was '" + heap + "'");
		}
		baseDir = baseDir.toAbsolutePath().normalize();
	}

	/**
	 * Loopback, port 9200 (or {@code MARKETPLACE_ES_PORT}), 512m heap, two minutes to
	 * start, user {@code ladakh-es}, this JVM's Java, the build's distribution.
	 */
	public static LocalNodeSettings defaults(Path baseDir) {
		return new LocalNodeSettings(baseDir, "127.0.0.1", portFromEnvironment(), "512m", Duration.ofMinutes(2),
				"ladakh-es", Path.of(System.getProperty("java.home")), null);
	}

	private static int portFromEnvironment() {
		String port = System.getenv(PORT_VARIABLE);
		if (port == null || port.isBlank()) {
			return 9200;
		}
		try {
			return Integer.parseInt(port.trim());
		}
		catch (NumberFormatException ex) {
			throw new LocalNodeException(
					PORT_VARIABLE + " must be a port number (0 for any free port), was '" + port + "'", ex);
		}
	}

	public LocalNodeSettings withHost(String host) {
		return new LocalNodeSettings(this.baseDir, host, this.httpPort, this.heap, this.startTimeout, this.systemUser,
				this.javaHome, this.distributionZip);
	}

	public LocalNodeSettings withHttpPort(int httpPort) {
		return new LocalNodeSettings(this.baseDir, this.host, httpPort, this.heap, this.startTimeout, this.systemUser,
				this.javaHome, this.distributionZip);
	}

	public LocalNodeSettings withHeap(String heap) {
		return new LocalNodeSettings(this.baseDir, this.host, this.httpPort, heap, this.startTimeout, this.systemUser,
				this.javaHome, this.distributionZip);
	}

	public LocalNodeSettings withStartTimeout(Duration startTimeout) {
		return new LocalNodeSettings(this.baseDir, this.host, this.httpPort, this.heap, startTimeout, this.systemUser,
				this.javaHome, this.distributionZip);
	}

	public LocalNodeSettings withSystemUser(String systemUser) {
		return new LocalNodeSettings(this.baseDir, this.host, this.httpPort, this.heap, this.startTimeout, systemUser,
				this.javaHome, this.distributionZip);
	}

	public LocalNodeSettings withJavaHome(Path javaHome) {
		return new LocalNodeSettings(this.baseDir, this.host, this.httpPort, this.heap, this.startTimeout,
				this.systemUser, javaHome, this.distributionZip);
	}

	public LocalNodeSettings withDistributionZip(Path distributionZip) {
		return new LocalNodeSettings(this.baseDir, this.host, this.httpPort, this.heap, this.startTimeout,
				this.systemUser, this.javaHome, distributionZip);
	}

}
