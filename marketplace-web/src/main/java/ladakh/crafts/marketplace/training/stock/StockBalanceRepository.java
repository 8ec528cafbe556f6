package ladakh.crafts.marketplace.training.stock;

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

	/** Adds the line's units to a balance (made when it is the first). */
	Mono<Void> credit(String key, String holderId, String itemId, long quantity, String lineId) {
		Query notYet = Query.query(Criteria.where("_id").is(key).and("applied").ne(lineId));
		Update update = applied(quantity, lineId).setOnInsert("holderId", holderId).setOnInsert("itemId", itemId);
		return this.mongo.upsert(notYet, update, COLLECTION)
			.then()
			// The balance exists, made by another line meanwhile or holding this one
			// already: applied to it now, unless it has the line.
			.onErrorResume(DuplicateKeyException.class,
					(ex) -> this.mongo.updateFirst(notYet, update, COLLECTION).then());
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

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("holderId", Sort.Direction.ASC)
				.on("itemId", Sort.Direction.ASC)
				.named("holderId_itemId"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("itemId", Sort.Direction.ASC)
					.on("holderId", Sort.Direction.ASC)
					.named("itemId_holderId")))
			.then();
	}

	private Mono<Boolean> appliedBefore(String key, String lineId) {
		Query has = Query.query(Criteria.where("_id").is(key).and("applied").is(lineId));
		return this.mongo.exists(has, COLLECTION);
	}

	private static Update applied(long change, String lineId) {
		return new Update().inc("quantity", change).push("applied").slice(-REMEMBERED).each(lineId);
	}

	private static StockBalance balance(Document document) {
		return new StockBalance(document.getString("holderId"), document.getString("itemId"),
				document.get("quantity", Number.class).longValue());
	}

}
