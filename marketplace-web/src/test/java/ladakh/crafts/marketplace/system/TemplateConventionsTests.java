package ladakh.crafts.marketplace.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Template mistakes that render without an error but show the wrong thing.
 */
class TemplateConventionsTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern TAG = Pattern.compile("<\\w+((?:\\s+[\\w:-]+=\"[^\"]*\")*)\\s*/?>", Pattern.DOTALL);

	/**
	 * Thymeleaf replaces an element before it evaluates a condition on the same element,
	 * so {@code th:if} beside {@code th:replace} is silently ignored: the alert always
	 * shows. Wrap the replaced element in a {@code th:block} that carries the condition.
	 */
	@Test
	void noConditionSitsOnAReplacedElement() throws IOException {
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				Matcher tag = TAG.matcher(Files.readString(file));
				while (tag.find()) {
					String attributes = tag.group(1);
					if (attributes.contains("th:replace") && attributes.matches("(?s).*\\sth:(if|unless)=.*")) {
						offenders.add(TEMPLATES.relativize(file) + ": " + tag.group().replaceAll("\\s+", " "));
					}
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

}
