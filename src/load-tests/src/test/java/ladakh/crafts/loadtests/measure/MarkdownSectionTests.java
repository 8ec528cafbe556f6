package ladakh.crafts.loadtests.measure;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownSectionTests {

	private final MarkdownSection section = new MarkdownSection("figures");

	@Test
	void aFileWithoutTheSectionGetsItAppended() {
		String written = this.section.replace("# Benchmarks\n\nStart-up figures.\n", "| a | b |");
		assertThat(written).startsWith("# Benchmarks\n\nStart-up figures.\n\n<!-- figures:begin")
			.contains("\n| a | b |\n<!-- figures:end -->")
			.endsWith("-->\n");
	}

	@Test
	void writingAgainReplacesOnlyTheSection(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("BENCHMARKS.md");
		Files.writeString(file, "# Benchmarks\n\nKept above.\n");
		this.section.write(file, "first run");
		Files.writeString(file, Files.readString(file) + "\n## Kept below\n");

		this.section.write(file, "second run");

		String text = Files.readString(file);
		assertThat(text).contains("Kept above.", "second run", "## Kept below").doesNotContain("first run");
		assertThat(text.indexOf("second run")).isLessThan(text.indexOf("## Kept below"));
	}

}
