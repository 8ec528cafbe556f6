package ladakh.crafts.localnode;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NodeConfigurationTests {

	@Test
	void configurationIsASingleUnsecuredNodeOnTheGivenAddressAndPorts() {
		String yml = NodeConfiguration.elasticsearchYml(new NodeLayout(Path.of("/srv/es")), "127.0.0.1", 9200, 9300);

		assertThat(yml).contains("discovery.type: single-node", "network.host: '127.0.0.1'", "http.port: 9200",
				"transport.port: 9300", "xpack.security.enabled: false",
				"cluster.routing.allocation.disk.threshold_enabled: false", "path.data: '/srv/es/data'",
				"path.logs: '/srv/es/logs'");
	}

	@Test
	void pathsWithQuotesStayValidYaml() {
		String yml = NodeConfiguration.elasticsearchYml(new NodeLayout(Path.of("/home/o'neil/es")), "127.0.0.1", 1, 2);

		assertThat(yml).contains("path.data: '/home/o''neil/es/data'");
	}

}
