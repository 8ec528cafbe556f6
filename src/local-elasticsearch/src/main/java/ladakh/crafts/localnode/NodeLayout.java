package ladakh.crafts.localnode;

import java.nio.file.Path;

/**
 * Where the node's files live under the base directory.
 */
record NodeLayout(Path baseDir) {

	Path home() {
		return this.baseDir.resolve("dist");
	}

	Path config() {
		return this.baseDir.resolve("config");
	}

	Path data() {
		return this.baseDir.resolve("data");
	}

	Path logs() {
		return this.baseDir.resolve("logs");
	}

	Path tmp() {
		return this.baseDir.resolve("tmp");
	}

	Path run() {
		return this.baseDir.resolve("run");
	}

	Path pidFile() {
		return run().resolve("elasticsearch.pid");
	}

	Path launcherOutput() {
		return logs().resolve("launcher-output.log");
	}

	Path nodeLog() {
		return logs().resolve(NodeConfiguration.CLUSTER_NAME + ".log");
	}

}
