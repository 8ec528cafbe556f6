package ladakh.crafts.localnode;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The tail of the node's logs, for failure messages.
 */
final class NodeLogs {

	private static final int TAIL_BYTES = 64 * 1024;

	private NodeLogs() {
	}

	static String tail(NodeLayout layout, int lines) {
		StringBuilder report = new StringBuilder();
		for (Path log : List.of(layout.launcherOutput(), layout.nodeLog())) {
			String tail = tail(log, lines);
			if (!tail.isBlank()) {
				report.append("\n--- last ")
					.append(lines)
					.append(" lines of ")
					.append(log)
					.append(" ---\n")
					.append(tail);
			}
		}
		return (report.length() > 0) ? report.toString() : "\n(the node wrote no log under " + layout.logs() + ")";
	}

	static String tail(Path file, int lines) {
		if (!Files.isRegularFile(file)) {
			return "";
		}
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long start = Math.max(0, in.length() - TAIL_BYTES);
			byte[] bytes = new byte[(int) (in.length() - start)];
			in.seek(start);
			in.readFully(bytes);
			String[] all = new String(bytes, StandardCharsets.UTF_8).split("\\R");
			return String.join("\n", Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
		}
		catch (IOException ex) {
			return "(could not read " + file + ": " + ex.getMessage() + ")";
		}
	}

}
