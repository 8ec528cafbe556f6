package ladakh.crafts.marketplace.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Maven command the README gives must work on a fresh machine: none runs offline
 * (the benchmark commands did, and failed where `mvn verify` had not fetched what the
 * load-tests module needs), and every module it names exists.
 */
class ReadmeCommandsTests {

	private static final Path README = Path.of("..", "README.md");

	@Test
	void noCommandRunsMavenOfflineAndEveryModuleNamedExists() throws IOException {
		List<String> commands = Files.readAllLines(README)
			.stream()
			.map(String::strip)
			.filter((line) -> line.startsWith("mvn ") || line.contains("&& mvn ") || line.contains("; mvn "))
			.toList();
		assertThat(commands).as("the README gives Maven commands").isNotEmpty();
		for (String command : commands) {
			assertThat(command).as(command).doesNotContainPattern("(^|\\s)(-o|--offline)(\\s|$)");
			Matcher modules = Pattern.compile("-pl\\s+(\\S+)").matcher(command);
			while (modules.find()) {
				for (String module : modules.group(1).split(",")) {
					assertThat(Path.of("..", module, "pom.xml")).as(command).exists();
				}
			}
		}
	}

}
