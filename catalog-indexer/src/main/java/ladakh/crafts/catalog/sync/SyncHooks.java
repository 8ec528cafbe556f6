package ladakh.crafts.catalog.sync;

import java.util.List;

/**
 * Test seams in the sync loop. Production uses {@link #NONE}.
 */
interface SyncHooks {

	SyncHooks NONE = new SyncHooks() {
	};

	/**
	 * Called after a batch reached Elasticsearch and before its dirty marks are cleared;
	 * throwing {@link Crash} ends the loop right there, as a kill -9 would.
	 * @param ids the listings just written
	 */
	default void afterBulk(List<String> ids) {
	}

	/** Ends the loop at once, leaving everything as a killed process would. */
	final class Crash extends RuntimeException {

		Crash() {
			super("simulated crash");
		}

	}

}
