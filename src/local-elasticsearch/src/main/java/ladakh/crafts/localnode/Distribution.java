package ladakh.crafts.localnode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the Elasticsearch distribution zip and unpacks it once under the base directory.
 */
final class Distribution {

	private static final Logger logger = LoggerFactory.getLogger(Distribution.class);

	private static final String PROPERTIES = "distribution.properties";

	private static final String MARKER = ".ladakh-unpacked";

	private Distribution() {
	}

	/**
	 * The zip to use: the explicit one, else {@code MARKETPLACE_ES_DISTRIBUTION}, else
	 * the path the build resolved, else the local Maven repository.
	 */
	static Path locate(Path explicit) {
		Properties build = buildProperties();
		String coordinates = build.getProperty("artifact",
				"org.elasticsearch.distribution.integ-test-zip:elasticsearch:8.19.21:zip");
		String advice = "; run `mvn dependency:get -Dartifact=" + coordinates + "` or set "
				+ LocalNodeSettings.DISTRIBUTION_VARIABLE + " to the zip's path";
		if (explicit != null) {
			return requireFile(explicit, "the configured path", advice);
		}
		String fromEnvironment = System.getenv(LocalNodeSettings.DISTRIBUTION_VARIABLE);
		if (fromEnvironment != null && !fromEnvironment.isBlank()) {
			return requireFile(Path.of(fromEnvironment.trim()), LocalNodeSettings.DISTRIBUTION_VARIABLE, advice);
		}
		String resolved = build.getProperty("path", "");
		if (!resolved.isBlank() && !resolved.startsWith("@") && Files.isRegularFile(Path.of(resolved))) {
			return Path.of(resolved);
		}
		Path repository = Path
			.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
		String version = build.getProperty("version", "8.19.21");
		Path inRepository = repository.resolve("org/elasticsearch/distribution/integ-test-zip/elasticsearch/" + version
				+ "/elasticsearch-" + version + ".zip");
		return requireFile(inRepository, "the local Maven repository", advice);
	}

	private static Path requireFile(Path zip, String source, String advice) {
		if (!Files.isRegularFile(zip)) {
			throw new LocalNodeException(
					"Elasticsearch distribution not found at " + zip + " (" + source + ")" + advice);
		}
		return zip;
	}

	private static Properties buildProperties() {
		Properties properties = new Properties();
		try (InputStream in = Distribution.class.getResourceAsStream(PROPERTIES)) {
			if (in != null) {
				properties.load(in);
			}
		}
		catch (IOException ex) {
			logger.debug("Could not read {}", PROPERTIES, ex);
		}
		return properties;
	}

	/**
	 * Unpacks {@code zip} into {@code home} unless the same distribution is already
	 * there.
	 * @return the distribution's name, for example {@code elasticsearch-8.19.21}
	 */
	static String unpack(Path zip, Path home) {
		try (ZipFile archive = new ZipFile(zip.toFile())) {
			String root = rootFolder(archive, zip);
			Path marker = home.resolve(MARKER);
			if (Files.isRegularFile(marker) && Files.readString(marker).trim().equals(root)) {
				return root;
			}
			logger.info("Unpacking {} into {}", zip.getFileName(), home);
			Path partial = home.resolveSibling(home.getFileName() + ".partial");
			deleteRecursively(partial);
			extract(archive, root, partial);
			makeScriptsExecutable(partial.resolve("bin"));
			deleteRecursively(home);
			Files.move(partial, home);
			Files.writeString(marker, root + "\n");
			return root;
		}
		catch (IOException ex) {
			throw new LocalNodeException(
					"Could not unpack the Elasticsearch distribution " + zip + " into " + home + ": " + ex.getMessage()
							+ "; check free disk space and permissions, or delete " + home + " and retry",
					ex);
		}
	}

	private static String rootFolder(ZipFile archive, Path zip) {
		return archive.stream()
			.map(ZipEntry::getName)
			.filter((name) -> name.startsWith("elasticsearch-") && name.indexOf('/') > 0)
			.map((name) -> name.substring(0, name.indexOf('/')))
			.findFirst()
			.orElseThrow(() -> new LocalNodeException(
					zip + " is not an Elasticsearch distribution (no elasticsearch-<version>/ folder); point "
							+ LocalNodeSettings.DISTRIBUTION_VARIABLE + " at the integ-test-zip distribution"));
	}

	private static void extract(ZipFile archive, String root, Path target) throws IOException {
		Files.createDirectories(target);
		Enumeration<? extends ZipEntry> entries = archive.entries();
		while (entries.hasMoreElements()) {
			ZipEntry entry = entries.nextElement();
			if (!entry.getName().startsWith(root + "/")) {
				continue;
			}
			String relative = entry.getName().substring(root.length() + 1);
			if (relative.isEmpty()) {
				continue;
			}
			Path destination = target.resolve(relative).normalize();
			if (!destination.startsWith(target)) {
				throw new IOException("zip entry " + entry.getName() + " points outside the target directory");
			}
			if (entry.isDirectory()) {
				Files.createDirectories(destination);
				continue;
			}
			Files.createDirectories(destination.getParent());
			try (InputStream in = archive.getInputStream(entry)) {
				Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	// java.util.zip drops Unix modes: the launch scripts would not be executable.
	private static void makeScriptsExecutable(Path bin) throws IOException {
		try (Stream<Path> scripts = Files.list(bin)) {
			for (Path script : scripts.filter(Files::isRegularFile).toList()) {
				Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
			}
		}
	}

	static void deleteRecursively(Path path) {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
