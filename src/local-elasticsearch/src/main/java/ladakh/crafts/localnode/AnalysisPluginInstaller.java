package ladakh.crafts.localnode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the project's analysis plugin (bundled in this jar) into the unpacked
 * distribution, again whenever the bundled zip changes.
 */
final class AnalysisPluginInstaller {

	private static final Logger logger = LoggerFactory.getLogger(AnalysisPluginInstaller.class);

	static final String PLUGIN_NAME = "ladakh-analysis";

	private static final String RESOURCE = "ladakh-analysis-plugin.zip";

	private static final String MARKER = ".ladakh-plugin-sha256";

	private AnalysisPluginInstaller() {
	}

	static void install(NodeLayout layout, Map<String, String> environment) {
		byte[] zip = bundledZip();
		if (zip == null) {
			logger.warn("{} is not on the class path: the node starts without asciifolding, edge_ngram and"
					+ " synonym_graph; build the local-elasticsearch module with Maven to bundle it", RESOURCE);
			return;
		}
		String hash = sha256(zip);
		Path marker = layout.home().resolve(MARKER);
		try {
			if (Files.isRegularFile(marker) && Files.readString(marker).trim().equals(hash)
					&& Files.isDirectory(layout.home().resolve("plugins").resolve(PLUGIN_NAME))) {
				return;
			}
			Distribution.deleteRecursively(layout.home().resolve("plugins").resolve(PLUGIN_NAME));
			Path copy = layout.run().resolve(RESOURCE);
			Files.write(copy, zip);
			logger.info("Installing the {} plugin into {}", PLUGIN_NAME, layout.home());
			Commands.Result result = Commands.run(List.of(layout.home().resolve("bin/elasticsearch-plugin").toString(),
					"install", "--batch", copy.toUri().toString()), environment, layout.home(), Duration.ofMinutes(3));
			if (!result.succeeded()) {
				throw new LocalNodeException("Installing the " + PLUGIN_NAME + " plugin failed (exit code "
						+ result.exitCode() + "):\n" + result.output() + "\nDelete " + layout.home()
						+ " to unpack the distribution afresh, and check that the plugin was built for the same"
						+ " Elasticsearch version");
			}
			Files.writeString(marker, hash + "\n");
		}
		catch (IOException ex) {
			throw new LocalNodeException("Could not install the " + PLUGIN_NAME + " plugin into " + layout.home() + ": "
					+ ex.getMessage() + "; check permissions on " + layout.baseDir(), ex);
		}
	}

	private static byte[] bundledZip() {
		try (InputStream in = AnalysisPluginInstaller.class.getResourceAsStream(RESOURCE)) {
			return (in != null) ? in.readAllBytes() : null;
		}
		catch (IOException ex) {
			throw new LocalNodeException("Could not read the bundled " + RESOURCE + ": " + ex.getMessage(), ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
