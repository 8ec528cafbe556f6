package ladakh.crafts.marketplace.treasury.deposits;

import java.time.YearMonth;

import org.bson.Document;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.Money;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code treasury_centre_months} collection: one counter per centre and month of what
 * allocations have credited to it ({@code _id} {@code <centreId>:<month>}), moved only by
 * a conditional update that keeps it within the month's receipts, so two allocations from
 * different deposits cannot together credit a month beyond what it was due.
 */
@Component
class CentreMonthRepository {

	static final String COLLECTION = "treasury_centre_months";

	private final ReactiveMongoTemplate mongo;

	CentreMonthRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Credits {@code share} to the month if what is credited stays within {@code due}.
	 * @return true when credited
	 */
	Mono<Boolean> reserve(String centreId, YearMonth month, Money share, Money due) {
		String id = centreId + ":" + month;
		Query absent = Query.query(Criteria.where("_id").is(id));
		Update create = new Update().setOnInsert("centreId", centreId)
			.setOnInsert("month", month.toString())
			.setOnInsert("allocatedMinor", 0L);
		return this.mongo.upsert(absent, create, COLLECTION)
			.onErrorResume(DepositRepository::duplicate, (ex) -> Mono.empty())
			.then(this.mongo.findAndModify(
					Query.query(Criteria.where("_id").is(id).and("allocatedMinor").lte(due.minor() - share.minor())),
					new Update().inc("allocatedMinor", share.minor()), FindAndModifyOptions.options().returnNew(true),
					Document.class, COLLECTION))
			.map((moved) -> true)
			.defaultIfEmpty(false);
	}

	/** Takes a share back (a reversal, or a step that could not finish). */
	Mono<Void> release(String centreId, YearMonth month, Money share) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(centreId + ":" + month)),
					new Update().inc("allocatedMinor", -share.minor()), COLLECTION)
			.then();
	}

}
