package ladakh.crafts.localnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elasticsearch refuses to run as root. When this JVM is root the node runs as a
 * dedicated system user instead, which must be able to reach every file it uses.
 */
final class NodeUser {

	private static final Logger logger = LoggerFactory.getLogger(NodeUser.class);

	static final Path FALLBACK_ROOT = Path.of("/var/lib/ladakh-marketplace");

	private NodeUser() {
	}

	static boolean currentUserIsRoot() {
		if ("root".equals(System.getProperty("user.name"))) {
			return true;
		}
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
				if (line.startsWith("Uid:")) {
					return "0".equals(line.substring(4).trim().split("\\s+")[1]);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Could not read /proc/self/status", ex);
		}
		Commands.Result id = Commands.run(Commands.tool("id"), "-u");
		return id.succeeded() && "0".equals(id.output().trim());
	}

	static void ensureExists(String user) {
		if (Commands.run(Commands.tool("id"), "-u", user).succeeded()) {
			return;
		}
		logger.info("Creating the system user '{}' to run Elasticsearch (it refuses to run as root)", user);
		Commands.Result useradd = Commands.run(Commands.tool("useradd"), "--system", "--no-create-home", "--shell",
				"/usr/sbin/nologin", user);
		// Exit code 9: another launcher created it meanwhile.
		if (!useradd.succeeded() && useradd.exitCode() != 9) {
			throw new LocalNodeException("Could not create the system user '" + user
					+ "' that runs Elasticsearch (it refuses to run as root): " + useradd.output()
					+ ". Create it by hand with `useradd --system --no-create-home --shell /usr/sbin/nologin " + user
					+ "`, or run this program as a non-root user");
		}
	}

	/**
	 * The base directory the node can use when running as {@code user}. Every ancestor
	 * must be traversable by it; a private home directory (root's is 0700) is not. Rather
	 * than failing, the node then lives under {@value #FALLBACK_ROOT}/&lt;hash of
	 * baseDir&gt;, stable per requested directory so its data survives restarts; a
	 * warning says so.
	 */
	static Path accessibleBaseDir(Path baseDir, String user) {
		try {
			Optional<Path> blocking = firstBlockingAncestor(baseDir, user);
			if (blocking.isEmpty()) {
				// Directories created here follow the umask, which may be private too.
				Files.createDirectories(baseDir);
				blocking = firstBlockingAncestor(baseDir, user);
				if (blocking.isEmpty()) {
					return baseDir;
				}
			}
			Path fallback = FALLBACK_ROOT.resolve(shortHash(baseDir.toString()));
			logger.warn("{} is not traversable by '{}' (Elasticsearch's user), so {} cannot hold the node's files;"
					+ " using {} instead. Choose a data directory outside a private home directory to avoid this.",
					blocking.get(), user, baseDir, fallback);
			Files.createDirectories(fallback);
			Optional<Path> stillBlocking = firstBlockingAncestor(fallback, user);
			if (stillBlocking.isPresent()) {
				throw new LocalNodeException(stillBlocking.get() + " is not traversable by '" + user
						+ "', the user Elasticsearch runs as; choose a data directory outside a private home"
						+ " directory, e.g. under /var/lib or /tmp");
			}
			return fallback;
		}
		catch (IOException ex) {
			throw new LocalNodeException("Could not create " + baseDir + ": " + ex.getMessage()
					+ "; choose a data directory you can write to", ex);
		}
	}

	private static Optional<Path> firstBlockingAncestor(Path dir, String user) throws IOException {
		for (Path ancestor = dir.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
			if (!Files.exists(ancestor)) {
				continue;
			}
			PosixFileAttributes attributes = Files.readAttributes(ancestor, PosixFileAttributes.class);
			boolean othersMayEnter = attributes.permissions().contains(PosixFilePermission.OTHERS_EXECUTE);
			if (!othersMayEnter && !attributes.owner().getName().equals(user)) {
				return Optional.of(ancestor);
			}
		}
		return Optional.empty();
	}

	private static String shortHash(String value) {
		return AnalysisPluginInstaller.sha256(value.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
	}

	static void checkJava(Path javaHome, Optional<String> user) {
		Path java = javaHome.resolve("bin/java");
		boolean usable = user
			.map((name) -> Commands.run(Commands.tool("runuser"), "-u", name, "--", "test", "-x", java.toString())
				.succeeded())
			.orElseGet(() -> Files.isExecutable(java));
		if (!usable) {
			throw new LocalNodeException("No JDK usable for the Elasticsearch node: " + java + " is missing or not"
					+ " executable" + user.map((name) -> " by the user '" + name + "'").orElse("")
					+ ". Point javaHome at a JDK 17 or newer"
					+ user.map((name) -> " outside private home directories").orElse(""));
		}
	}

	static void giveOwnership(Path baseDir, String user) {
		Commands.Result chown = Commands.run(Commands.tool("chown"), "-R", user, baseDir.toString());
		if (!chown.succeeded()) {
			throw new LocalNodeException("Could not hand " + baseDir + " to the user '" + user + "': " + chown.output()
					+ "; choose a data directory on a local file system that supports ownership");
		}
	}

	/**
	 * The command line, prefixed to run as {@code user} with the given environment
	 * ({@code runuser} does not pass every variable on).
	 */
	static List<String> commandFor(List<String> command, Map<String, String> environment, Optional<String> user) {
		if (user.isEmpty()) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(List.of(Commands.tool("runuser"), "-u", user.get(), "--", "env"));
		environment.forEach((key, value) -> wrapped.add(key + "=" + value));
		wrapped.addAll(command);
		return wrapped;
	}

}
