package ladakh.crafts.catalog.sync;

/**
 * The sync's own loops (the sync step, the dirty scanner): daemon threads with a name,
 * and stopped by interrupting them and waiting a bounded time for them to end.
 */
final class SyncThreads {

	private static final long JOIN_MILLIS = 10_000;

	private SyncThreads() {
	}

	static Thread start(String name, Runnable loop) {
		Thread thread = new Thread(loop, name);
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	/** Interrupts the thread (when there is one) and waits for it to end. */
	static void interruptAndJoin(Thread thread) {
		if (thread == null) {
			return;
		}
		thread.interrupt();
		try {
			thread.join(JOIN_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
