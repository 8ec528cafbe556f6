package ladakh.crafts.catalog.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import ladakh.crafts.catalog.index.ListingDocument;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync's batches: dirty listings read from MongoDB, written to the index with
 * external versions, then their marks cleared where {@code rev} is unchanged. While one
 * batch's bulk request is in Elasticsearch (on this class's writer thread), the sync's
 * thread reads the next batch, queues its request behind it, and clears the one before,
 * so the MongoDB work and the indexing overlap; one bulk is in flight at a time, and a
 * batch that is not full (the end of a burst, a seller's edit) is finished at once so it
 * is searchable without waiting for the next.
 * <p>
 * Every step stays that of the protocol: a listing's mark is cleared only after its bulk
 * has succeeded, and only where {@code rev} is the one written. A crash anywhere leaves
 * the marks of every batch not yet cleared, so they are indexed again.
 */
final class SyncBatches {

	private static final Logger log = LoggerFactory.getLogger(SyncBatches.class);

	/** Listings per clearing statement. */
	static final int CLEAR_CHUNK = 50;

	private final CatalogListingRepository listings;

	private final ListingSource source;

	private final IndexWriter writer;

	private final SyncMetrics metrics;

	private final RetrySchedule retries;

	private final int batchSize;

	private final Clock clock;

	private ExecutorService bulkThread;

	private InFlight inFlight;

	private boolean indexMissing;

	SyncBatches(CatalogListingRepository listings, ListingSource source, IndexWriter writer, SyncMetrics metrics,
			RetrySchedule retries, int batchSize, Clock clock) {
		this.listings = listings;
		this.source = source;
		this.writer = writer;
		this.metrics = metrics;
		this.retries = retries;
		this.batchSize = batchSize;
		this.clock = clock;
	}

	void open(String name) {
		this.bulkThread = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	void close() {
		this.inFlight = null;
		if (this.bulkThread != null) {
			this.bulkThread.shutdownNow();
		}
	}

	/**
	 * Forgets the batch in flight without clearing its marks (the lease is lost, or
	 * Elasticsearch failed): they stay dirty and are indexed again. (Its request may
	 * still be sent; a write with external versions is harmless twice.)
	 */
	void abandon() {
		this.inFlight = null;
	}

	/** Whether a write found the index or alias gone (then bootstrap again). */
	boolean takeIndexMissing() {
		boolean missing = this.indexMissing;
		this.indexMissing = false;
		return missing;
	}

	/**
	 * Reads and sends the given listings (those still dirty and not waiting for a retry),
	 * then finishes the batch sent before.
	 * @param ids listings to look at, at most one batch
	 * @param targets the indices to write (the alias; both indices during a rebuild)
	 * @param overlap whether this batch may stay in flight while the caller goes on (not
	 * during a rebuild, whose pages and batches must not cross)
	 * @return whether a batch is still in flight
	 */
	boolean advance(List<String> ids, List<String> targets, boolean overlap) {
		Instant now = this.clock.instant();
		Batch next = ids.isEmpty() ? null : read(ids, now, targets);
		InFlight previous = this.inFlight;
		this.inFlight = null;
		if (next != null && !next.documents().isEmpty()) {
			// Queued behind the previous request on the one bulk thread, it is sent the
			// moment that one is answered, without waiting for this thread to wake up.
			this.inFlight = send(next);
		}
		if (previous != null) {
			IndexWriter.Outcome previousOutcome = previous.await();
			finish(previous.batch(), previousOutcome);
		}
		if (next != null && next.documents().isEmpty()) {
			finish(next, new IndexWriter.Outcome(Set.of(), Map.of(), 0));
		}
		if (this.inFlight != null && (!overlap || this.inFlight.batch().small())) {
			InFlight current = this.inFlight;
			this.inFlight = null;
			IndexWriter.Outcome outcome = current.await();
			finish(current.batch(), outcome);
		}
		return this.inFlight != null;
	}

	private Batch read(List<String> ids, Instant now, List<String> targets) {
		return this.metrics.read().record(() -> {
			List<Document> dirty = this.source.dirtyAmong(ids, this.retries.waiting(now));
			List<ListingDocument> documents = dirty.isEmpty() ? List.of() : this.source.documents(dirty);
			boolean small = dirty.size() < this.batchSize;
			// A batch that is not full refreshes: it is the end of a burst or an edit,
			// searchable at once.
			return new Batch(dirty, documents, this.writer.prepare(documents, targets, small, targets.size() == 1),
					small);
		});
	}

	private InFlight send(Batch batch) {
		if (this.bulkThread == null) {
			open("catalog-sync-bulk");
		}
		return new InFlight(batch, CompletableFuture
			.supplyAsync(() -> this.metrics.bulk().record(() -> this.writer.send(batch.bulk())), this.bulkThread));
	}

	private void finish(Batch batch, IndexWriter.Outcome written) {
		Instant now = this.clock.instant();
		Map<String, String> failed = new LinkedHashMap<>(written.failed());
		Set<String> built = new HashSet<>(batch.documentIds());
		batch.dirty()
			.stream()
			.map((listing) -> String.valueOf(listing.get("_id")))
			.filter((id) -> !built.contains(id))
			.forEach((id) -> failed.put(id, "not a valid listing document"));
		this.metrics.clear().record(() -> clearDirty(batch.documents(), written.written()));
		failed.forEach((id, reason) -> log.warn("Catalog sync: listing {} not indexed (attempt {}): {}", id,
				this.retries.failed(id, now), reason));
		this.retries.succeeded(written.written());
		if (failed.values().stream().anyMatch((reason) -> reason.contains("index_not_found"))) {
			this.indexMissing = true;
		}
		this.metrics.batch(batch.documents().size(), written.written().size(), failed.size());
		if (!batch.documents().isEmpty()) {
			this.metrics.elasticsearchTook(written.tookMillis());
		}
	}

	/**
	 * Clears the mark only where {@code rev} is still the one written: {@code updateMany}
	 * statements of {@code _id} among up to {@value #CLEAR_CHUNK} listings written at the
	 * same revision, and that {@code rev}; the same condition per listing as one update
	 * each, in fewer statements. (Short lists, because the in-process server checks every
	 * updated document against the whole {@code $in} once more.)
	 */
	private void clearDirty(List<ListingDocument> documents, Set<String> written) {
		Map<Long, List<String>> idsByRev = new TreeMap<>();
		for (ListingDocument document : documents) {
			if (written.contains(document.id())) {
				idsByRev.computeIfAbsent(document.rev(), (rev) -> new ArrayList<>()).add(document.id());
			}
		}
		this.listings.clearMarks(idsByRev, CLEAR_CHUNK);
	}

	/** Listings read for one bulk request. */
	private record Batch(List<Document> dirty, List<ListingDocument> documents, IndexWriter.Bulk bulk, boolean small) {

		List<String> documentIds() {
			return this.bulk.ids();
		}

	}

	/** A batch whose bulk request is on the writer thread. */
	private record InFlight(Batch batch, CompletableFuture<IndexWriter.Outcome> outcome) {

		IndexWriter.Outcome await() {
			try {
				return this.outcome.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				if (ex.getCause() instanceof Error error) {
					// Not a failed request to retry: the sync ends on it.
					throw error;
				}
				throw ex;
			}
		}

	}

}
