package ladakh.crafts.marketplace.treasury.payouts;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.treasury.RevenueLedger.OwedLine;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The {@code payout_items} collection: one document per ledger line claimed by a run, its
 * {@code _id} the ledger line's id, so a line is in at most one run at a time (two runs
 * racing for it: the second insert of it is a duplicate key and that run loses the line).
 */
@Repository
class PayoutItemRepository {

	static final String COLLECTION = "payout_items";

	private final ReactiveMongoTemplate mongo;

	PayoutItemRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("runId", Sort.Direction.ASC).named("runId"))
			.then();
	}

	/**
	 * Claims lines for a run in one unordered insert, each line on its own: a line
	 * another run has is a duplicate key for that line only.
	 * @return the ids of the lines this run won
	 */
	Mono<Set<String>> claim(String runId, List<OwedLine> lines) {
		List<Document> items = lines.stream()
			.map((line) -> new Document("_id", line.id()).append("runId", runId)
				.append("sellerId", line.sellerId())
				.append("owedMinor", line.signedOwedMinor())
				.append("currency", line.currency()))
			.toList();
		Set<String> won = new LinkedHashSet<>();
		lines.forEach((line) -> won.add(line.id()));
		return this.mongo.getCollection(COLLECTION)
			.flatMap((collection) -> Mono.from(collection.insertMany(items, new InsertManyOptions().ordered(false))))
			.thenReturn(won)
			.onErrorResume(MongoBulkWriteException.class, (ex) -> {
				for (BulkWriteError error : ex.getWriteErrors()) {
					if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
						return Mono.error(ex);
					}
					won.remove(lines.get(error.getIndex()).id());
				}
				return Mono.just(won);
			});
	}

	/** Which of these lines some run has claimed already (by {@code _id}). */
	Flux<String> claimedAmong(Collection<String> lineIds) {
		Query query = Query.query(Criteria.where("_id").in(lineIds));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, COLLECTION).map((item) -> item.getString("_id"));
	}

	/** Gives back a run's claims on these lines. */
	Mono<Long> release(String runId, Collection<String> lineIds) {
		return this.mongo.remove(Query.query(Criteria.where("_id").in(lineIds).and("runId").is(runId)), COLLECTION)
			.map((result) -> result.getDeletedCount());
	}

	/** The ledger lines a run claimed (index runId). */
	Flux<String> lineIdsOfRun(String runId) {
		Query query = Query.query(Criteria.where("runId").is(runId));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, COLLECTION).map((item) -> item.getString("_id"));
	}

	/** Gives back every claim of a cancelled run (index runId). */
	Mono<Long> releaseRun(String runId) {
		return this.mongo.remove(Query.query(Criteria.where("runId").is(runId)), COLLECTION)
			.map((result) -> result.getDeletedCount());
	}

}
