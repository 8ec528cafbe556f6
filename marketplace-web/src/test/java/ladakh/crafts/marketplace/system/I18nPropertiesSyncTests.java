package ladakh.crafts.marketplace.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the English and Hindi messages in step with each other and with the templates.
 */
class I18nPropertiesSyncTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	/**
	 * {@code #{key}}, {@code #{key(args)}} and {@code #messages.msg('key')} in templates.
	 */
	private static final Pattern KEY_IN_TEMPLATE = Pattern
		.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]|#messages\\.msg\\('([A-Za-z0-9_.\\-]+)'");

	private static final Pattern DEVANAGARI = Pattern.compile("[\\u0900-\\u097F]");

	/** Values that are the same in both languages on purpose. */
	private static final Set<String> SAME_IN_BOTH = Set.of("language.en", "language.hi");

	@Test
	void everyEnglishKeyHasAHindiTranslationAndViceVersa() throws IOException {
		Set<String> english = keys(load("messages.properties"));
		Set<String> hindi = keys(load("messages_hi.properties"));

		assertThat(difference(english, hindi)).as("keys missing from messages_hi.properties").isEmpty();
		assertThat(difference(hindi, english)).as("keys missing from messages.properties").isEmpty();
	}

	@Test
	void hindiValuesAreWrittenInDevanagari() throws IOException {
		Properties hindi = load("messages_hi.properties");
		Set<String> untranslated = new TreeSet<>();
		for (String key : hindi.stringPropertyNames()) {
			if (!SAME_IN_BOTH.contains(key) && !DEVANAGARI.matcher(hindi.getProperty(key)).find()) {
				untranslated.add(key);
			}
		}
		assertThat(untranslated).as("Hindi values without Devanagari (read as UTF-8)").isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> known = keys(load("messages.properties"));
		Set<String> used = keysUsedByTemplates();

		assertThat(used).as("templates use message keys (is the pattern still finding them?)").hasSizeGreaterThan(20);
		assertThat(difference(used, known)).as("keys used by templates but missing from both messages files").isEmpty();
	}

	private static Set<String> keysUsedByTemplates() throws IOException {
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = KEY_IN_TEMPLATE.matcher(Files.readString(file, StandardCharsets.UTF_8));
				while (matcher.find()) {
					used.add((matcher.group(1) != null) ? matcher.group(1) : matcher.group(2));
				}
			}
		}
		return used;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> keys(Properties properties) {
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		Set<String> result = new TreeSet<>(left);
		result.removeAll(right);
		return result;
	}

}
