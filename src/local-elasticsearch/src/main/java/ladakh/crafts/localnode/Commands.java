package ladakh.crafts.localnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs short helper commands (useradd, chown, the plugin installer) to completion.
 */
final class Commands {

	private Commands() {
	}

	static Result run(List<String> command, Map<String, String> environment, Path directory, Duration timeout) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		if (directory != null) {
			builder.directory(directory.toFile());
		}
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process));
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				return new Result(-1, "timed out after " + timeout.toSeconds() + "s: " + output.getNow(""));
			}
			return new Result(process.exitValue(), output.join());
		}
		catch (IOException ex) {
			return new Result(-1, "could not run " + command.get(0) + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalNodeException("Interrupted while running " + command.get(0), ex);
		}
	}

	static Result run(String... command) {
		return run(List.of(command), Map.of(), null, Duration.ofMinutes(1));
	}

	private static String readAll(Process process) {
		try {
			return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		}
		catch (IOException ex) {
			return "";
		}
	}

	record Result(int exitCode, String output) {

		boolean succeeded() {
			return this.exitCode == 0;
		}

	}

}
