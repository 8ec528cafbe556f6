package ladakh.crafts.localnode;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a local node until Ctrl-C, for debugging:
 * {@code java -cp ... ladakh.crafts.localnode.LocalElasticsearchNodeMain [baseDir] [port]}.
 */
public final class LocalElasticsearchNodeMain {

	private LocalElasticsearchNodeMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		Path baseDir = Path.of((args.length > 0) ? args[0] : "target/local-elasticsearch");
		LocalNodeSettings settings = LocalNodeSettings.defaults(baseDir);
		if (args.length > 1) {
			settings = settings.withHttpPort(Integer.parseInt(args[1]));
		}
		LocalElasticsearchNode node = LocalElasticsearchNode.launch(settings).awaitHealthy();
		System.out.println("Elasticsearch is up on " + node.httpUri() + " (pid " + node.pid() + "); Ctrl-C stops it");
		// The node's shutdown hook stops it when this JVM is interrupted.
		new CountDownLatch(1).await();
	}

}
