package ladakh.crafts.loadtests.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A section of a Markdown file that a program owns: everything between two HTML comment
 * markers is replaced on every write, the rest of the file is left as it is. A file
 * without the markers gets the section appended.
 */
public final class MarkdownSection {

	private final String begin;

	private final String end;

	/**
	 * A section.
	 * @param name the markers' name: {@code <!-- name:begin -->} ...
	 * {@code <!-- name:end -->}
	 */
	public MarkdownSection(String name) {
		this.begin = "<!-- " + name + ":begin (written by the program; edits here are overwritten) -->";
		this.end = "<!-- " + name + ":end -->";
	}

	/**
	 * The file's text with the section's content replaced.
	 * @param document the whole file
	 * @param content the new content (Markdown)
	 * @return the new file
	 */
	public String replace(String document, String content) {
		String block = this.begin + "\n" + content.strip() + "\n" + this.end;
		int from = document.indexOf(this.begin);
		int to = document.indexOf(this.end);
		if (from >= 0 && to > from) {
			return document.substring(0, from) + block + document.substring(to + this.end.length());
		}
		String separator = document.isEmpty() || document.endsWith("\n\n") ? ""
				: document.endsWith("\n") ? "\n" : "\n\n";
		return document + separator + block + "\n";
	}

	/**
	 * Replaces the section in a file.
	 * @param file the Markdown file (created when missing)
	 * @param content the new content
	 */
	public void write(Path file, String content) {
		try {
			String document = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
			Files.writeString(file, replace(document, content), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
