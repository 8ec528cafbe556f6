package ladakh.crafts.marketplace.training.stock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import ladakh.crafts.marketplace.shared.After;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code stock_movements} collection: the register's lines, by id (a line entered
 * twice is one line: the insert of the second is a duplicate key). A line's state moves
 * PENDING → DONE or REFUSED and nothing else of it ever changes.
 */
@Repository
class StockMovementRepository {

	static final String COLLECTION = "stock_movements";

	private final ReactiveMongoTemplate mongo;

	StockMovementRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores a new line; a duplicate key error when its id is taken. */
	Mono<StockMovement> insert(StockMovement line) {
		return this.mongo.insert(document(line), COLLECTION).thenReturn(line);
	}

	Mono<StockMovement> byId(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(StockMovementRepository::line);
	}

	/** Moves a pending line on; the line as it is afterwards. */
	Mono<StockMovement> settle(StockMovement line, StockMovement.State state) {
		Query pending = Query.query(Criteria.where("_id").is(line.id()).and("state").is("PENDING"));
		return this.mongo.updateFirst(pending, Update.update("state", state.name()), COLLECTION).then(byId(line.id()));
	}

	/** Lines left pending since before {@code before} (a process stopped half way). */
	Flux<StockMovement> pendingSince(Instant before, int most) {
		Query query = Query.query(Criteria.where("state").is("PENDING").and("at").lt(Date.from(before)))
			.with(Sort.by("at"))
			.limit(most);
		return this.mongo.find(query, Document.class, COLLECTION).map(StockMovementRepository::line);
	}

	/**
	 * A holder's lines, newest first (both ends of a move name it in {@code holders}).
	 */
	Flux<StockMovement> ofHolder(String holderId, int most) {
		Query query = Query.query(Criteria.where("holders").is(holderId))
			.with(Sort.by(Sort.Direction.DESC, "at"))
			.limit(most);
		return this.mongo.find(query, Document.class, COLLECTION).map(StockMovementRepository::line);
	}

	/**
	 * One page of a holder's lines (of one item, or of all), newest first, past
	 * {@code after}: (holders[, itemId], at desc, _id desc) serves the range; only ties
	 * on {@code at} are filtered by id.
	 */
	Flux<StockMovement> history(String holderId, String itemId, After after, int limit) {
		Criteria which = Criteria.where("holders").is(holderId);
		if (itemId != null) {
			which = which.and("itemId").is(itemId);
		}
		if (after != null && after.at() != null) {
			Date at = Date.from(after.at());
			which = which.and("at")
				.lte(at)
				.orOperator(Criteria.where("at").lt(at), Criteria.where("_id").lt(after.id()));
		}
		Query query = Query.query(which).with(Sort.by(Sort.Direction.DESC, "at", "_id")).limit(limit);
		return this.mongo.find(query, Document.class, COLLECTION).map(StockMovementRepository::line);
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("state", Sort.Direction.ASC).on("at", Sort.Direction.ASC).named("state_at"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("holders", Sort.Direction.ASC)
					.on("at", Sort.Direction.DESC)
					.named("holders_at")))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("holders", Sort.Direction.ASC)
					.on("at", Sort.Direction.DESC)
					.on("_id", Sort.Direction.DESC)
					.named("holders_at_id")))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("holders", Sort.Direction.ASC)
					.on("itemId", Sort.Direction.ASC)
					.on("at", Sort.Direction.DESC)
					.on("_id", Sort.Direction.DESC)
					.named("holders_itemId_at_id")))
			.then();
	}

	private static Document document(StockMovement line) {
		List<String> holders = new ArrayList<>();
		if (line.from() != null) {
			holders.add(line.from());
		}
		if (line.to() != null) {
			holders.add(line.to());
		}
		return new Document("_id", line.id()).append("kind", line.kind().name())
			.append("itemId", line.itemId())
			.append("from", line.from())
			.append("to", line.to())
			.append("holders", holders)
			.append("quantity", line.quantity())
			.append("reference", line.reference())
			.append("reason", line.reason())
			.append("by", line.by())
			.append("at", Date.from(line.at()))
			.append("state", line.state().name());
	}

	private static StockMovement line(Document document) {
		return new StockMovement(document.getString("_id"), StockMovement.Kind.valueOf(document.getString("kind")),
				document.getString("itemId"), document.getString("from"), document.getString("to"),
				document.get("quantity", Number.class).longValue(), document.getString("reference"),
				document.getString("reason"), document.getString("by"), document.getDate("at").toInstant(),
				StockMovement.State.valueOf(document.getString("state")));
	}

}
