package ladakh.crafts.marketplace.treasury.payouts;

import java.util.Collection;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The {@code payout_items} collection: one document per ledger line claimed by a run, its
 * {@code _id} the ledger line's id, so a line is in at most one run at a time (two runs
 * racing for it: the second insert is a duplicate key and it loses the line).
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

	/** Claims a line for a run; false when another run has it. */
	Mono<Boolean> claim(String lineId, String runId, String sellerId, long owedMinor, String currency) {
		Document item = new Document("_id", lineId).append("runId", runId)
			.append("sellerId", sellerId)
			.append("owedMinor", owedMinor)
			.append("currency", currency);
		return this.mongo.insert(item, COLLECTION)
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(false));
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
