package ladakh.crafts.marketplace.training.stock;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code stock_items} collection: what the department sets per item of its fixed
 * catalogue ({@link StockItem#CATALOGUE}), today its reorder level, {@code {_id: itemId,
 * reorderLevel, updatedAt, by}}. An item without a document has level 0.
 */
@Repository
class ReorderLevelRepository {

	static final String COLLECTION = "stock_items";

	/** The marker of the one backfill of headroom, not an item. */
	private static final String BACKFILLED = "~headroom-backfilled";

	private final ReactiveMongoTemplate mongo;

	ReorderLevelRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The item's level, 0 when never set. */
	Mono<Long> level(String itemId) {
		return this.mongo.findById(itemId, Document.class, COLLECTION)
			.map((item) -> item.get("reorderLevel", Number.class).longValue())
			.defaultIfEmpty(0L);
	}

	/**
	 * Every catalogue item's level that was set, by item id (one read by {@code _id}).
	 */
	Mono<Map<String, Long>> levels() {
		Query query = Query.query(Criteria.where("_id").in(StockItem.CATALOGUE.stream().map(StockItem::id).toList()));
		return this.mongo.find(query, Document.class, COLLECTION)
			.collectMap((item) -> item.getString("_id"), (item) -> item.get("reorderLevel", Number.class).longValue());
	}

	Mono<Void> save(String itemId, long level, String by, Instant at) {
		Update update = new Update().set("reorderLevel", level).set("updatedAt", Date.from(at)).set("by", by);
		return this.mongo.upsert(Query.query(Criteria.where("_id").is(itemId)), update, COLLECTION).then();
	}

	/** Whether the balances stored before reorder levels were given their headroom. */
	Mono<Boolean> backfilled() {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(BACKFILLED)), COLLECTION);
	}

	Mono<Void> markBackfilled(Instant at) {
		return this.mongo
			.upsert(Query.query(Criteria.where("_id").is(BACKFILLED)), Update.update("at", Date.from(at)), COLLECTION)
			.then();
	}

}
