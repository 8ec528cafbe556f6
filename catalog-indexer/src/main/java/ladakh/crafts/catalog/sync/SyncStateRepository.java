package ladakh.crafts.catalog.sync;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Mono;

/**
 * The index's state in {@code catalog_sync}: {@code {_id: "index", alias, physical,
 * definitionVersion, rebuild {target, status, total, done, requestedAt, requestedBy,
 * startedAt, finishedAt, error}, lastCompletedRebuild {...}}}. A rebuild is requested by
 * setting {@code rebuild.status = REQUESTED} (refused while one is requested or running);
 * the lease holder's loop runs it.
 */
class SyncStateRepository {

	static final String REQUESTED = "REQUESTED";

	static final String RUNNING = "RUNNING";

	static final String DONE = "DONE";

	static final String FAILED = "FAILED";

	private final MongoCollection<Document> collection;

	private final String id;

	SyncStateRepository(MongoDatabase database, String id) {
		this.collection = database.getCollection(SyncNames.COLLECTION);
		this.id = id;
	}

	Document read() {
		return Mono.from(this.collection.find(Filters.eq("_id", this.id)).first()).block();
	}

	Mono<Document> readLater() {
		return Mono.from(this.collection.find(Filters.eq("_id", this.id)).first());
	}

	void recordIndex(String alias, String physical, int definitionVersion) {
		update(Filters.eq("_id", this.id), Updates.combine(Updates.set("alias", alias),
				Updates.set("physical", physical), Updates.set("definitionVersion", definitionVersion)), true);
	}

	/**
	 * Asks the lease holder for a rebuild.
	 * @return {@code false} when one is already requested or running
	 */
	Mono<Boolean> requestRebuild(String requestedBy, Instant now) {
		Mono<Void> exists = Mono.from(this.collection.insertOne(new Document("_id", this.id)))
			.onErrorResume(MongoWriteException.class,
					(ex) -> (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) ? Mono.empty()
							: Mono.error(ex))
			.then();
		return exists
			.then(Mono.from(this.collection.updateOne(
					Filters.and(Filters.eq("_id", this.id), Filters.nin("rebuild.status", List.of(REQUESTED, RUNNING))),
					Updates.set("rebuild",
							new Document("status", REQUESTED).append("requestedBy", requestedBy)
								.append("requestedAt", Date.from(now))))))
			.map((result) -> result.getModifiedCount() == 1);
	}

	void rebuildStarted(String target, long total, Instant now) {
		update(Filters.eq("_id", this.id),
				Updates.combine(Updates.set("rebuild.status", RUNNING), Updates.set("rebuild.target", target),
						Updates.set("rebuild.total", total), Updates.set("rebuild.done", 0L),
						Updates.set("rebuild.startedAt", Date.from(now)), Updates.unset("rebuild.finishedAt"),
						Updates.unset("rebuild.error")),
				true);
	}

	void rebuildProgress(long done, long total) {
		update(Filters.eq("_id", this.id),
				Updates.combine(Updates.set("rebuild.done", done), Updates.max("rebuild.total", total)), false);
	}

	void rebuildFinished(String status, String error, String physical, Instant now) {
		Document current = read();
		Document rebuild = (current != null && current.get("rebuild") instanceof Document r) ? r : new Document();
		rebuild.append("status", status).append("finishedAt", Date.from(now));
		if (error != null) {
			rebuild.append("error", error);
		}
		Bson update = Updates.combine(Updates.set("rebuild", rebuild), Updates.set("lastCompletedRebuild", rebuild));
		if (physical != null) {
			update = Updates.combine(update, Updates.set("physical", physical));
		}
		update(Filters.eq("_id", this.id), update, false);
	}

	private void update(Bson filter, Bson update, boolean upsert) {
		UpdateResult ignored = Mono
			.from(this.collection.updateOne(filter, update,
					new com.mongodb.client.model.UpdateOptions().upsert(upsert)))
			.block();
	}

}
