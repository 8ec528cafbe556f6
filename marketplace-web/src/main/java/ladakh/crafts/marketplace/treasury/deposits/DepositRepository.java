package ladakh.crafts.marketplace.treasury.deposits;

import java.time.LocalDate;
import java.util.Date;

import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code treasury_deposits} collection: one document per challan, keyed by its GRN
 * ({@link Deposit#keyOf}), so the same challan recorded twice is stored once. The
 * allocated amount moves only by a conditional update that keeps it within the deposit's
 * amount, so two accountants allocating at once cannot over-allocate it.
 */
@Component
class DepositRepository {

	static final String COLLECTION = "treasury_deposits";

	private final ReactiveMongoTemplate mongo;

	DepositRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @return the deposit, or the one stored before under the same GRN
	 */
	Mono<Deposit> insertOnce(Deposit deposit) {
		return this.mongo.insert(document(deposit), COLLECTION)
			.map(DepositRepository::deposit)
			.onErrorResume(DepositRepository::duplicate, (ex) -> find(deposit.id()));
	}

	Mono<Deposit> find(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(DepositRepository::deposit);
	}

	/**
	 * A page of deposits, the latest recorded first, from the {@code recordedAt_id}
	 * index.
	 */
	Flux<Deposit> page(After after, int limit) {
		Criteria criteria = new Criteria();
		if (after != null && after.at() != null) {
			Date at = Date.from(after.at());
			criteria = new Criteria().andOperator(Criteria.where("recordedAt").lte(at), new Criteria()
				.orOperator(Criteria.where("recordedAt").lt(at), Criteria.where("_id").lt(after.id())));
		}
		return this.mongo
			.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "recordedAt", "_id")).limit(limit),
					Document.class, COLLECTION)
			.map(DepositRepository::deposit);
	}

	/**
	 * Deposits not yet wholly allocated, the oldest challan first, from the
	 * {@code open_challanDate_id} index.
	 */
	Flux<Deposit> open(int limit) {
		return this.mongo
			.find(Query.query(Criteria.where("open").is(true)).with(Sort.by("challanDate", "_id")).limit(limit),
					Document.class, COLLECTION)
			.map(DepositRepository::deposit);
	}

	/**
	 * Adds to the allocated amount if it stays within the deposit's amount.
	 * @return the deposit after the move, empty when it would have gone over
	 */
	Mono<Deposit> allocate(Deposit deposit, Money share) {
		long ceiling = deposit.amount().minor() - share.minor();
		return move(Criteria.where("_id").is(deposit.id()).and("allocatedMinor").lte(ceiling), deposit.id(),
				share.minor());
	}

	/** Takes a reversed allocation back off the allocated amount. */
	Mono<Deposit> release(String id, Money share) {
		return move(Criteria.where("_id").is(id).and("allocatedMinor").gte(share.minor()), id, -share.minor());
	}

	private Mono<Deposit> move(Criteria condition, String id, long minor) {
		return this.mongo
			.findAndModify(Query.query(condition), new Update().inc("allocatedMinor", minor),
					FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION)
			.map(DepositRepository::deposit)
			.flatMap((moved) -> markOpen(moved).thenReturn(moved));
	}

	/**
	 * Sets the open flag from the allocated amount just written; conditional on that
	 * amount, so a later move's own mark is the one that stays.
	 */
	private Mono<Void> markOpen(Deposit moved) {
		return this.mongo
			.updateFirst(
					Query.query(
							Criteria.where("_id").is(moved.id()).and("allocatedMinor").is(moved.allocated().minor())),
					Update.update("open", !moved.fullyAllocated()), COLLECTION)
			.then();
	}

	Mono<Void> createIndexes() {
		var indexes = this.mongo.indexOps(COLLECTION);
		return indexes.createIndex(
				new Index().on("recordedAt", Sort.Direction.DESC).on("_id", Sort.Direction.DESC).named("recordedAt_id"))
			.then(indexes.createIndex(new Index().on("open", Sort.Direction.ASC)
				.on("challanDate", Sort.Direction.ASC)
				.on("_id", Sort.Direction.ASC)
				.named("open_challanDate_id")))
			.then();
	}

	private static Document document(Deposit deposit) {
		return new Document("_id", deposit.id()).append("grn", deposit.grn())
			.append("challanDate", deposit.challanDate().toString())
			.append("branch", deposit.branch())
			.append("headOfAccount", deposit.headOfAccount())
			.append("amountMinor", deposit.amount().minor())
			.append("currency", deposit.amount().currencyCode())
			.append("depositor", deposit.depositor())
			.append("scanId", deposit.scanId())
			.append("scanType", deposit.scanType())
			.append("allocatedMinor", deposit.allocated().minor())
			.append("open", !deposit.fullyAllocated())
			.append("recordedAt", Date.from(deposit.recordedAt()))
			.append("recordedBy", deposit.recordedBy());
	}

	private static Deposit deposit(Document document) {
		String currency = document.getString("currency");
		return new Deposit(document.getString("_id"), document.getString("grn"),
				LocalDate.parse(document.getString("challanDate")), document.getString("branch"),
				document.getString("headOfAccount"), Money.of(number(document, "amountMinor"), currency),
				document.getString("depositor"), document.getString("scanId"), document.getString("scanType"),
				Money.of(number(document, "allocatedMinor"), currency), document.getDate("recordedAt").toInstant(),
				document.getString("recordedBy"));
	}

	private static long number(Document document, String key) {
		Object value = document.get(key);
		return (value instanceof Number number) ? number.longValue() : 0L;
	}

	static boolean duplicate(Throwable ex) {
		return ex instanceof DuplicateKeyException || ex instanceof org.springframework.dao.DuplicateKeyException
				|| (ex instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
	}

}
