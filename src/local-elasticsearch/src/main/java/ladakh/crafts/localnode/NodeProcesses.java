package ladakh.crafts.localnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finding and ending node processes by pid file.
 */
final class NodeProcesses {

	private static final Logger logger = LoggerFactory.getLogger(NodeProcesses.class);

	static final Duration GRACE = Duration.ofSeconds(30);

	private NodeProcesses() {
	}

	static Optional<Long> readPid(Path pidFile) {
		try {
			String content = Files.readString(pidFile).trim();
			return content.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(content));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Stops a node a previous, killed launcher left running on the same files: it would
	 * hold the data directory's lock and the ports.
	 */
	static void stopStaleNode(NodeLayout layout) {
		Optional<ProcessHandle> stale = readPid(layout.pidFile()).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> isNodeOf(process.pid(), layout.home()));
		stale.ifPresent((process) -> {
			logger.warn("Stopping Elasticsearch (pid {}) left running by a previous launch on {}", process.pid(),
					layout.baseDir());
			terminate(List.of(process));
		});
	}

	private static boolean isNodeOf(long pid, Path home) {
		try {
			String commandLine = new String(Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")),
					StandardCharsets.UTF_8)
				.replace('\0', ' ');
			return commandLine.contains("org.elasticsearch") && commandLine.contains(home.toString());
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * SIGTERM, up to {@link #GRACE} for a clean shutdown, then SIGKILL.
	 * @return whether every process is gone
	 */
	static boolean terminate(List<ProcessHandle> processes) {
		List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).toList();
		alive.forEach(ProcessHandle::destroy);
		if (awaitExit(alive, GRACE)) {
			return true;
		}
		logger.warn("Elasticsearch did not stop within {}s; killing it", GRACE.toSeconds());
		alive.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		return awaitExit(alive, Duration.ofSeconds(10));
	}

	private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
		CompletableFuture<?>[] exits = processes.stream()
			.map(ProcessHandle::onExit)
			.toArray(CompletableFuture<?>[]::new);
		try {
			CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException | ExecutionException ex) {
			return processes.stream().noneMatch(ProcessHandle::isAlive);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return processes.stream().noneMatch(ProcessHandle::isAlive);
		}
	}

}
