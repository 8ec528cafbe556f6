package ladakh.crafts.catalog.sync;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ladakh.crafts.catalog.index.CatalogIndexAdmin;
import ladakh.crafts.catalog.index.ListingDocument;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A full rebuild without downtime, run by the lease holder's loop between batches: a new
 * physical index is filled from a scan of MongoDB (no {@code _reindex}: the local node
 * lacks it) while every batch of live changes goes to both indices; then the alias moves
 * in one {@code _aliases} request and the old index is deleted. Because the scan and the
 * batches share one thread, no batch already in flight can miss the new index.
 */
class FullRebuild {

	private static final Logger log = LoggerFactory.getLogger(FullRebuild.class);

	private static final int MAX_PAGE_ATTEMPTS = 5;

	private final ListingSource source;

	private final IndexWriter writer;

	private final CatalogIndexAdmin admin;

	private final SyncStateRepository state;

	private final CatalogSyncProperties properties;

	private final Clock clock;

	private String from;

	private String target;

	private String lastId;

	private long total;

	private long done;

	private int attempts;

	private Instant startedAt;

	private Instant nextProgressWrite = Instant.EPOCH;

	FullRebuild(ListingSource source, IndexWriter writer, CatalogIndexAdmin admin, SyncStateRepository state,
			CatalogSyncProperties properties, Clock clock) {
		this.source = source;
		this.writer = writer;
		this.admin = admin;
		this.state = state;
		this.properties = properties;
		this.clock = clock;
	}

	boolean running() {
		return this.target != null;
	}

	/** Where live changes go meanwhile: the index being served and the new one. */
	List<String> targets() {
		return List.of(this.from, this.target);
	}

	/**
	 * Starts a rebuild when staff or the bootstrap asked for one, or resumes one that a
	 * previous lease holder left running (from the start, into a fresh index).
	 */
	void startIfRequested(String current) throws IOException {
		Document stored = this.state.read();
		Document rebuild = (stored != null && stored.get("rebuild") instanceof Document r) ? r : null;
		if (rebuild == null) {
			return;
		}
		String status = rebuild.getString("status");
		if (!SyncStateRepository.REQUESTED.equals(status) && !SyncStateRepository.RUNNING.equals(status)) {
			return;
		}
		String abandoned = rebuild.getString("target");
		if (SyncStateRepository.RUNNING.equals(status) && abandoned != null && !abandoned.equals(current)) {
			log.info("Catalog rebuild: {} was left unfinished by a previous lease holder; starting again", abandoned);
			this.admin.deleteQuietly(abandoned);
		}
		this.from = current;
		this.target = this.admin.createPhysical();
		this.lastId = null;
		this.done = 0;
		this.attempts = 0;
		// The collection's own count, not a count of its documents: progress only.
		this.total = this.source.estimatedCount();
		this.startedAt = this.clock.instant();
		this.state.rebuildStarted(this.target, this.total, this.startedAt);
		log.info("Catalog rebuild started: {} listings from MongoDB into {} (alias {} stays on {} until the swap)",
				this.total, this.target, this.admin.alias(), this.from);
	}

	/**
	 * Copies one page of listings into the new index; after the last page, swaps the
	 * alias and deletes the old index.
	 * @return the new physical index once swapped, else {@code null}
	 */
	String page() throws IOException {
		List<Document> page = this.source.page(this.lastId, this.properties.rebuildPageSize());
		if (!page.isEmpty()) {
			List<ListingDocument> documents = this.source.documents(page);
			IndexWriter.Outcome outcome = this.writer.write(documents, List.of(this.target), false, false);
			if (!outcome.failed().isEmpty()) {
				this.attempts++;
				if (this.attempts >= MAX_PAGE_ATTEMPTS) {
					fail("the index refused listings: " + outcome.failed());
				}
				return null;
			}
			this.attempts = 0;
			this.lastId = page.get(page.size() - 1).getString("_id");
			this.done += page.size();
			progress();
		}
		if (page.size() < this.properties.rebuildPageSize()) {
			return finish();
		}
		return null;
	}

	private void progress() {
		Instant now = this.clock.instant();
		this.total = Math.max(this.total, this.done);
		if (now.isAfter(this.nextProgressWrite)) {
			this.nextProgressWrite = now.plusSeconds(1);
			this.state.rebuildProgress(this.done, this.total);
			log.info("Catalog rebuild: {}/{} listings into {}", this.done, this.total, this.target);
		}
	}

	private String finish() throws IOException {
		this.admin.refresh(this.target);
		this.admin.swapAlias(this.from, this.target);
		String swapped = this.target;
		this.admin.deleteQuietly(this.from);
		Instant now = this.clock.instant();
		this.state.rebuildProgress(this.done, this.done);
		this.state.recordIndex(this.admin.alias(), swapped, this.admin.definition().version());
		this.state.rebuildFinished(SyncStateRepository.DONE, null, swapped, now);
		log.info("Catalog rebuild done: {} listings into {} in {} s; alias {} swapped, {} deleted", this.done, swapped,
				Duration.between(this.startedAt, now).toSeconds(), this.admin.alias(), this.from);
		clear();
		return swapped;
	}

	private void fail(String error) {
		log.warn("Catalog rebuild into {} failed: {}", this.target, error);
		this.admin.deleteQuietly(this.target);
		this.state.rebuildFinished(SyncStateRepository.FAILED, error, null, this.clock.instant());
		clear();
	}

	/**
	 * The lease was lost: stop without touching anything (the next holder restarts it).
	 */
	void abandon() {
		clear();
	}

	private void clear() {
		this.target = null;
		this.from = null;
		this.lastId = null;
	}

}
