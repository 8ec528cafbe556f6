package ladakh.crafts.localnode;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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

	/**
	 * The absolute path of a system tool: a JVM started from an IDE or service manager
	 * may have a PATH without the sbin directories that hold useradd and runuser.
	 */
	static String tool(String name) {
		String path = System.getenv().getOrDefault("PATH", "");
		List<String> dirs = new ArrayList<>(List.of(path.split(File.pathSeparator)));
		dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin"));
		return dirs.stream()
			.filter((dir) -> !dir.isBlank())
			.map((dir) -> Path.of(dir, name))
			.filter(Files::isExecutable)
			.map(Path::toString)
			.findFirst()
			.orElse(name);
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
