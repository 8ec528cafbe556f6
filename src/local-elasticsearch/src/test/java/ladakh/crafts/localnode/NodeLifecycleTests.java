package ladakh.crafts.localnode;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that start and stop nodes themselves, one after another on the shared base
 * directory.
 */
class NodeLifecycleTests {

	private LocalElasticsearchNode node;

	@AfterEach
	void stopNode() {
		if (this.node != null) {
			this.node.stop();
		}
	}

	@Test
	void stoppingLeavesNoProcessAndTheNextLaunchFindsTheDataOfTheFirst() {
		this.node = LocalElasticsearchNode.launch(TestNodes.settings()).awaitHealthy();
		long firstPid = this.node.pid();
		String id = "restart-" + System.nanoTime();
		NodeHttp.Response indexed = new NodeHttp(this.node.httpUri()).put("/restarts/_doc/" + id + "?refresh=true",
				"{\"note\": \"indexed before the restart\"}");
		assertThat(indexed.status()).as(indexed.body()).isEqualTo(201);

		this.node.stop();

		assertThat(ProcessHandle.of(firstPid).filter(ProcessHandle::isAlive)).isEmpty();
		assertThat(this.node.isRunning()).isFalse();
		assertThat(Path.of("/proc/" + firstPid)).doesNotExist();

		this.node = LocalElasticsearchNode.launch(TestNodes.settings()).awaitHealthy();
		assertThat(this.node.pid()).isNotEqualTo(firstPid);
		NodeHttp.Response found = new NodeHttp(this.node.httpUri()).get("/restarts/_doc/" + id);
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		assertThat(found.body()).contains("indexed before the restart");
	}

	@Test
	void aNodeThatCannotStartFailsWithTheTailOfItsLogAndLeavesNoProcess() {
		this.node = LocalElasticsearchNode.launch(TestNodes.settings().withHeap("1k"));

		assertThatExceptionOfType(LocalNodeException.class).isThrownBy(this.node::awaitHealthy)
			.withMessageContaining("Elasticsearch exited during start")
			.withMessageContaining("launcher-output.log")
			.withMessageContaining("heap");
		assertThat(this.node.isRunning()).isFalse();
	}

}
