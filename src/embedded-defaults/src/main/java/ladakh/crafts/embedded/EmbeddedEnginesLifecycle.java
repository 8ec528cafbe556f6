package ladakh.crafts.embedded;

import org.springframework.context.SmartLifecycle;

/**
 * Holds the application back until the local Elasticsearch node is healthy, and stops the
 * engines when the application stops (unless a test JVM shares them between contexts; a
 * JVM shutdown hook stops those).
 */
class EmbeddedEnginesLifecycle implements SmartLifecycle {

	private final EmbeddedEngines engines;

	private volatile boolean running;

	/**
	 * @param engines the engines of this JVM, or {@code null} when real servers are
	 * configured
	 */
	EmbeddedEnginesLifecycle(EmbeddedEngines engines) {
		this.engines = engines;
	}

	@Override
	public void start() {
		if (this.engines != null) {
			this.engines.awaitReady();
		}
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.engines != null && !this.engines.sharedByTests()) {
			this.engines.stop();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// First to start (before the web server accepts requests), last to stop.
		return Integer.MIN_VALUE + 1000;
	}

}
