package ladakh.crafts.localnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The node's configuration directory ({@code ES_PATH_CONF}): a copy of the
 * distribution's, with {@code elasticsearch.yml} and the heap rewritten on every start.
 */
final class NodeConfiguration {

	static final String CLUSTER_NAME = "ladakh-local";

	private NodeConfiguration() {
	}

	static void write(NodeLayout layout, LocalNodeSettings settings, int httpPort, int transportPort) {
		try {
			copyDistributionConfigOnce(layout);
			Files.writeString(layout.config().resolve("elasticsearch.yml"),
					elasticsearchYml(layout, settings.host(), httpPort, transportPort));
			Path options = layout.config().resolve("jvm.options.d");
			Files.createDirectories(options);
			Files.writeString(options.resolve("ladakh-heap.options"),
					"-Xms" + settings.heap() + "\n-Xmx" + settings.heap() + "\n");
		}
		catch (IOException ex) {
			throw new LocalNodeException("Could not write the node's configuration under " + layout.config() + ": "
					+ ex.getMessage() + "; check permissions on " + layout.baseDir(), ex);
		}
	}

	private static void copyDistributionConfigOnce(NodeLayout layout) throws IOException {
		if (Files.isRegularFile(layout.config().resolve("jvm.options"))) {
			return;
		}
		Path source = layout.home().resolve("config");
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path each : paths.toList()) {
				Path target = layout.config().resolve(source.relativize(each).toString());
				if (Files.isDirectory(each)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(each, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	static String elasticsearchYml(NodeLayout layout, String host, int httpPort, int transportPort) {
		return """
				# Written by the Ladakh crafts local node launcher on every start; edits are overwritten.
				cluster.name: %s
				node.name: %s-node
				path.data: %s
				path.logs: %s
				discovery.type: single-node
				network.host: %s
				http.host: %s
				http.port: %d
				transport.port: %d
				# A development node: no TLS or passwords, and no refusing writes on a full laptop disk.
				xpack.security.enabled: false
				cluster.routing.allocation.disk.threshold_enabled: false
				""".formatted(CLUSTER_NAME, CLUSTER_NAME, quoted(layout.data()), quoted(layout.logs()), quoted(host),
				quoted(host), httpPort, transportPort);
	}

	private static String quoted(Object value) {
		return "'" + value.toString().replace("'", "''") + "'";
	}

}
