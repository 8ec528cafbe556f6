package ladakh.crafts.localnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class NodeLogsTests {

	@TempDir
	Path logs;

	@Test
	void tailShowsOnlyTheLastLines() throws IOException {
		Path log = this.logs.resolve("node.log");
		Files.writeString(log,
				IntStream.rangeClosed(1, 100).mapToObj((i) -> "line " + i).collect(Collectors.joining("\n")));

		assertThat(NodeLogs.tail(log, 3)).isEqualTo("line 98\nline 99\nline 100");
	}

	@Test
	void aNodeThatWroteNoLogSaysWhereItLooked() {
		NodeLayout layout = new NodeLayout(this.logs);

		assertThat(NodeLogs.tail(layout, 30)).contains("wrote no log under " + this.logs.resolve("logs"));
	}

}
