package ladakh.crafts.marketplace.training.stock;

import java.util.List;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code stock_balances} collection: one document per holder and item, {@code {_id:
 * "<holder>|<item>", holderId, itemId, quantity, applied}}. Every change is one
 * conditional update: a debit only where the quantity covers it, so a balance never goes
 * below zero however many issues race; and each line is applied once, by its id in
 * {@code applied} (the last {@value #REMEMBERED} lines), so a line applied again after a
 * crash or a resend changes nothing.
 * <p>
 * Each balance also keeps its item's reorder level, copied, and its {@code headroom}:
 * quantity less that level, moved by the same {@code $inc} as the quantity in every
 * update, so the two never drift; a balance is below its reorder level when its headroom
 * is below zero, an indexed range ({@code headroom_id}). A flag could not be set in the
 * same update (an update cannot compare two fields without an update pipeline, which the
 * embedded engine lacks); a level of 0, the default, is never below, as no quantity is.
 */
@Repository
class StockBalanceRepository {

	static final String COLLECTION = "stock_balances";

	/** Lines remembered per balance: far more than can be pending at once. */
	static final int REMEMBERED = 200;

	private final ReactiveMongoTemplate mongo;

	StockBalanceRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Takes the line's units off a balance that has them.
	 * @return {@code true} when taken now or before, {@code false} when the balance has
	 * too few
	 */
	Mono<Boolean> debit(String key, long quantity, String lineId) {
		Query covered = Query
			.query(Criteria.where("_id").is(key).and("quantity").gte(quantity).and("applied").ne(lineId));
		return this.mongo.updateFirst(covered, applied(-quantity, lineId), COLLECTION)
			.flatMap((result) -> (result.getModifiedCount() == 1) ? Mono.just(true) : appliedBefore(key, lineId));
	}

	/**
	 * Adds the line's units to a balance; the first line makes it, with its item's
	 * reorder level {@code level}.
	 */
	Mono<Void> credit(String key, String holderId, String itemId, long quantity, String lineId, long level) {
		Query notYet = Query.query(Criteria.where("_id").is(key).and("applied").ne(lineId));
		Document first = new Document("_id", key).append("holderId", holderId)
			.append("itemId", itemId)
			.append("quantity", quantity)
			.append("reorderLevel", level)
			.append("headroom", quantity - level)
			.append("applied", List.of(lineId));
		return this.mongo.updateFirst(notYet, applied(quantity, lineId), COLLECTION)
			.flatMap((result) -> (result.getMatchedCount() == 1) ? Mono.<Void>empty()
					: this.mongo.insert(first, COLLECTION).then())
			// The balance exists, made by another line meanwhile or holding this one
			// already: applied to it now, unless it has the line.
			.onErrorResume(DuplicateKeyException.class,
					(ex) -> this.mongo.updateFirst(notYet, applied(quantity, lineId), COLLECTION).then());
	}

	/**
	 * Sets a counted balance, only if the book still shows what the counter saw.
	 * @return {@code true} when set
	 */
	Mono<Boolean> recount(String key, long bookSeen, long counted, String lineId) {
		Query unchanged = Query.query(Criteria.where("_id").is(key).and("quantity").is(bookSeen));
		return this.mongo.updateFirst(unchanged, applied(counted - bookSeen, lineId), COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	Mono<StockBalance> one(String holderId, String itemId) {
		return this.mongo.findById(StockBalance.key(holderId, itemId), Document.class, COLLECTION)
			.map(StockBalanceRepository::balance);
	}

	/** A holder's balances by item (a centre holds tens of items, not thousands). */
	Flux<StockBalance> ofHolder(String holderId, int most) {
		Query query = Query.query(Criteria.where("holderId").is(holderId)).with(Sort.by("itemId")).limit(most);
		return this.mongo.find(query, Document.class, COLLECTION).map(StockBalanceRepository::balance);
	}

	/** Every holder's balance of an item, by holder. */
	Flux<StockBalance> ofItem(String itemId, int most) {
		Query query = Query.query(Criteria.where("itemId").is(itemId)).with(Sort.by("holderId")).limit(most);
		return this.mongo.find(query, Document.class, COLLECTION).map(StockBalanceRepository::balance);
	}

	/**
	 * Sets a balance's reorder level and headroom, only if its quantity is still the one
	 * read: then the headroom is exact, and every later {@code $inc} keeps it so.
	 * @return {@code true} when set
	 */
	Mono<Boolean> releveled(String key, long quantitySeen, long level) {
		Query unchanged = Query.query(Criteria.where("_id").is(key).and("quantity").is(quantitySeen));
		Update update = new Update().set("reorderLevel", level).set("headroom", quantitySeen - level);
		return this.mongo.updateFirst(unchanged, update, COLLECTION).map((result) -> result.getMatchedCount() == 1);
	}

	/** An item's balances stored before reorder levels, which have no headroom yet. */
	Flux<StockBalance> withoutHeadroom(String itemId, int most) {
		Query query = Query.query(Criteria.where("itemId").is(itemId).and("headroom").exists(false)).limit(most);
		return this.mongo.find(query, Document.class, COLLECTION).map(StockBalanceRepository::balance);
	}

	/**
	 * Balances below their reorder level, the furthest below first: index
	 * {@code headroom_id}.
	 */
	Flux<LowBalance> below(int most) {
		Query query = Query.query(Criteria.where("headroom").lt(0)).with(Sort.by("headroom", "_id")).limit(most);
		return this.mongo.find(query, Document.class, COLLECTION)
			.map((document) -> new LowBalance(document.getString("holderId"), document.getString("itemId"),
					document.get("quantity", Number.class).longValue(),
					document.get("reorderLevel", Number.class).longValue()));
	}

	/** How many balances are below their reorder level (the same index). */
	Mono<Long> countBelow() {
		return this.mongo.count(Query.query(Criteria.where("headroom").lt(0)), COLLECTION);
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("holderId", Sort.Direction.ASC)
				.on("itemId", Sort.Direction.ASC)
				.named("holderId_itemId"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("itemId", Sort.Direction.ASC)
					.on("holderId", Sort.Direction.ASC)
					.named("itemId_holderId")))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("headroom", Sort.Direction.ASC)
					.on("_id", Sort.Direction.ASC)
					.named("headroom_id")))
			.then();
	}

	private Mono<Boolean> appliedBefore(String key, String lineId) {
		Query has = Query.query(Criteria.where("_id").is(key).and("applied").is(lineId));
		return this.mongo.exists(has, COLLECTION);
	}

	private static Update applied(long change, String lineId) {
		return new Update().inc("quantity", change)
			.inc("headroom", change)
			.push("applied")
			.slice(-REMEMBERED)
			.each(lineId);
	}

	private static StockBalance balance(Document document) {
		return new StockBalance(document.getString("holderId"), document.getString("itemId"),
				document.get("quantity", Number.class).longValue());
	}

}
