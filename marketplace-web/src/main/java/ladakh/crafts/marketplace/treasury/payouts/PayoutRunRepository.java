package ladakh.crafts.marketplace.treasury.payouts;

import java.time.LocalDate;
import java.util.Date;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code payout_runs} collection; a move is stored only from the status it was read
 * in.
 */
@Repository
class PayoutRunRepository {

	static final String COLLECTION = "payout_runs";

	private final ReactiveMongoTemplate mongo;

	PayoutRunRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("preparedAt", Sort.Direction.DESC)
				.on("_id", Sort.Direction.DESC)
				.named("preparedAt_id"))
			.then();
	}

	Mono<PayoutRun> insert(PayoutRun run) {
		return this.mongo.insert(document(run), COLLECTION).map(PayoutRunRepository::run);
	}

	Mono<PayoutRun> find(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(PayoutRunRepository::run);
	}

	/** Stores a move; false when the stored run is no longer in {@code from}. */
	Mono<Boolean> move(PayoutRun moved, PayoutStatus from) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(moved.id()).and("status").is(from.name())),
					Update.update("status", moved.status().name())
						.set("movedBy", moved.movedBy())
						.set("movedAt", Date.from(moved.movedAt())),
					COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	/** The latest runs first, from {@code after} on (index preparedAt_id). */
	Flux<PayoutRun> latest(After after, int limit) {
		Criteria criteria = new Criteria();
		if (after != null && after.at() != null) {
			Date at = Date.from(after.at());
			criteria = new Criteria().orOperator(Criteria.where("preparedAt").lt(at),
					Criteria.where("preparedAt").is(at).and("_id").lt(after.id()));
		}
		return this.mongo
			.find(Query.query(criteria)
				.with(Sort.by(Sort.Direction.DESC, "preparedAt").and(Sort.by(Sort.Direction.DESC, "_id")))
				.limit(limit), Document.class, COLLECTION)
			.map(PayoutRunRepository::run);
	}

	private static Document document(PayoutRun run) {
		return new Document("_id", run.id()).append("upTo", run.upTo().toString())
			.append("thresholdMinor", run.threshold().minor())
			.append("currency", run.total().currencyCode())
			.append("status", run.status().name())
			.append("totalMinor", run.total().minor())
			.append("sellers", run.sellers())
			.append("preparedBy", run.preparedBy())
			.append("preparedAt", Date.from(run.preparedAt()))
			.append("movedBy", run.movedBy())
			.append("movedAt", Date.from(run.movedAt()));
	}

	private static PayoutRun run(Document document) {
		String currency = document.getString("currency");
		return new PayoutRun(document.getString("_id"), LocalDate.parse(document.getString("upTo")),
				Money.of(((Number) document.get("thresholdMinor")).longValue(), currency),
				PayoutStatus.valueOf(document.getString("status")),
				Money.of(((Number) document.get("totalMinor")).longValue(), currency),
				((Number) document.get("sellers")).intValue(), document.getString("preparedBy"),
				document.getDate("preparedAt").toInstant(), document.getString("movedBy"),
				document.getDate("movedAt").toInstant());
	}

}
