package ladakh.crafts.embedded;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes expired documents from collections with a TTL index, as mongod's TTL monitor
 * does: mongo-java-server keeps the index descriptions (with {@code expireAfterSeconds})
 * but never acts on them, so sessions and login attempts would pile up forever.
 * <p>
 * Every interval (60 s, like mongod) one pass walks each database's
 * {@code system.indexes} for single-field indexes with a numeric
 * {@code expireAfterSeconds} (plus a {@code partialFilterExpression}, if any) and
 * deletes, through the collection's own delete, the documents whose field is a date at or
 * before {@code now -
 * expireAfterSeconds}. The server's matcher compares dates only with dates and an array
 * by its elements, so an array of dates expires by its earliest, and a missing field or a
 * non-date never expires, exactly as on mongod. The delete's range is served by the TTL
 * index itself (a declared index, see {@link SecondaryLookup}); the pass runs on its own
 * thread, never on a request. The delete checks the condition under the collection's
 * lock, so a document whose expiry moved forward in the meantime stays.
 * <p>
 * The thread is never interrupted (an interrupt during H2 file I/O would close the
 * store's channel); {@link #close()} wakes it, and waits for a running pass to finish.
 */
final class TtlMonitor implements AutoCloseable {

	/** What the monitor needs from a backend beyond {@link MongoBackend}. */
	interface Databases {

		/** The names of the databases the backend holds now. */
		Set<String> databaseNames();

		/** The backend's current oplog, so expiries reach change streams as on mongod. */
		Oplog currentOplog();

	}

	private static final Logger log = LoggerFactory.getLogger(TtlMonitor.class);

	private static final String INDEXES = "system.indexes";

	private final MongoBackend backend;

	private final Databases databases;

	private final Duration interval;

	private final Thread thread;

	private boolean closed;

	private <B extends MongoBackend & Databases> TtlMonitor(B backend, Duration interval, String name) {
		this.backend = backend;
		this.databases = backend;
		this.interval = interval;
		this.thread = new Thread(this::run, name);
		this.thread.setDaemon(true);
	}

	/** Starts a monitor on its own daemon thread, named {@code name}. */
	static <B extends MongoBackend & Databases> TtlMonitor start(B backend, Duration interval, String name) {
		TtlMonitor monitor = new TtlMonitor(backend, interval, name);
		monitor.thread.start();
		return monitor;
	}

	private void run() {
		while (awaitNextPass()) {
			try {
				int removed = pass(this.backend.getClock().instant());
				if (removed > 0) {
					log.debug("TTL pass removed {} expired documents", removed);
				}
			}
			catch (RuntimeException ex) {
				log.warn("TTL pass failed; trying again in {}", this.interval, ex);
			}
		}
	}

	/** Sleeps one interval; false once the monitor is closed. */
	private synchronized boolean awaitNextPass() {
		long deadline = System.nanoTime() + this.interval.toNanos();
		long left = this.interval.toNanos();
		while (!this.closed && left > 0) {
			try {
				wait(Math.max(1, left / 1_000_000));
			}
			catch (InterruptedException ex) {
				// Only close() stops the monitor.
			}
			left = deadline - System.nanoTime();
		}
		return !this.closed;
	}

	/**
	 * One pass over every TTL index.
	 * @return how many documents it removed
	 */
	int pass(Instant now) {
		int removed = 0;
		for (String databaseName : List.copyOf(this.databases.databaseNames())) {
			if (!this.databases.databaseNames().contains(databaseName)) {
				continue; // dropped meanwhile: resolving it would create it again
			}
			MongoDatabase database = this.backend.resolveDatabase(databaseName);
			for (TtlIndex index : ttlIndexes(database)) {
				removed += expire(database, index, now);
			}
		}
		return removed;
	}

	private static List<TtlIndex> ttlIndexes(MongoDatabase database) {
		MongoCollection<?> indexes = database.resolveCollection(INDEXES, false);
		if (indexes == null) {
			return List.of();
		}
		List<TtlIndex> found = new ArrayList<>();
		for (Document description : indexes
			.handleQuery(new Document("expireAfterSeconds", new Document("$exists", true)))) {
			TtlIndex index = TtlIndex.of(database.getDatabaseName(), description);
			if (index != null) {
				found.add(index);
			}
		}
		return found;
	}

	private int expire(MongoDatabase database, TtlIndex index, Instant now) {
		MongoCollection<?> collection = database.resolveCollection(index.collection(), false);
		if (collection == null) {
			return 0;
		}
		try {
			return collection.deleteDocuments(index.expiredBy(now), 0, this.databases.currentOplog());
		}
		catch (RuntimeException ex) {
			// A collection dropped while the pass ran, most likely; the next pass sees.
			log.debug("TTL pass skipped {}: {}", collection.getFullName(), ex.toString());
			return 0;
		}
	}

	/** Stops the monitor; returns once its thread has ended. */
	@Override
	public void close() {
		synchronized (this) {
			this.closed = true;
			notifyAll();
		}
		boolean interrupted = false;
		while (this.thread.isAlive()) {
			try {
				this.thread.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A TTL index as mongod honours it: one key other than {@code _id}, and a number of
	 * seconds that is not negative.
	 */
	record TtlIndex(String collection, String field, Duration lifetime, Document partialFilter) {

		static TtlIndex of(String databaseName, Document description) {
			if (!(description.get("key") instanceof Map<?, ?> key) || key.size() != 1
					|| !(description.get("expireAfterSeconds") instanceof Number seconds)
					|| !(description.get("ns") instanceof String namespace)
					|| !namespace.startsWith(databaseName + ".")) {
				return null;
			}
			String field = String.valueOf(key.keySet().iterator().next());
			double value = seconds.doubleValue();
			if ("_id".equals(field) || Double.isNaN(value) || value < 0) {
				return null;
			}
			Document partial = (description.get("partialFilterExpression") instanceof Document filter) ? filter : null;
			return new TtlIndex(namespace.substring(databaseName.length() + 1), field,
					Duration.ofMillis((long) Math.min(value * 1000, Long.MAX_VALUE / 2)), partial);
		}

		/** The documents this index expires at {@code now}. */
		Document expiredBy(Instant now) {
			Document expired = new Document(this.field, new Document("$lte", now.minus(this.lifetime)));
			return (this.partialFilter != null) ? new Document("$and", List.of(expired, this.partialFilter)) : expired;
		}

	}

}
