package ladakh.crafts.marketplace.treasury.deposits;

import java.time.YearMonth;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.Money;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code treasury_allocations} collection: append-only lines, each stored once by its
 * id (a reversal's id names the line it reverses). What was deposited for a centre is the
 * database's sum of these lines.
 */
@Component
class AllocationRepository {

	static final String COLLECTION = "treasury_allocations";

	/** More lines than one deposit is ever split into; the page shows them all. */
	static final int PER_DEPOSIT = 500;

	private final ReactiveMongoTemplate mongo;

	AllocationRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @return true when written, false when a line with its id was already there
	 */
	Mono<Boolean> insertOnce(Allocation line) {
		Document document = new Document("_id", line.id()).append("depositId", line.depositId())
			.append("centreId", line.centreId())
			.append("month", line.month().toString())
			.append("fy", line.fy().toString())
			.append("signedMinor", line.amount().minor())
			.append("currency", line.amount().currencyCode())
			.append("at", Date.from(line.at()))
			.append("by", line.by())
			.append("reverses", line.reverses());
		return this.mongo.insert(document, COLLECTION)
			.thenReturn(true)
			.onErrorResume(DepositRepository::duplicate, (ex) -> Mono.just(false));
	}

	Mono<Boolean> delete(String id) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION)
			.map((result) -> result.getDeletedCount() > 0);
	}

	Mono<Allocation> find(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(AllocationRepository::line);
	}

	/** A deposit's lines in the order written, from the {@code depositId_at_id} index. */
	Flux<Allocation> ofDeposit(String depositId) {
		return this.mongo
			.find(Query.query(Criteria.where("depositId").is(depositId)).with(Sort.by("at", "_id")).limit(PER_DEPOSIT),
					Document.class, COLLECTION)
			.map(AllocationRepository::line);
	}

	/**
	 * What was deposited for a financial year's receipts, summed by the database per
	 * centre and month, from the {@code fy_centreId_month} index; one centre's, or one
	 * month's, when given.
	 */
	Flux<Deposited> deposited(String fy, String centreId, String month) {
		Document match = new Document("fy", fy);
		if (centreId != null) {
			match.append("centreId", centreId);
		}
		if (month != null) {
			match.append("month", month);
		}
		List<Document> pipeline = List.of(new Document("$match", match), new Document("$group",
				new Document("_id",
						new Document("centreId", "$centreId").append("month", "$month").append("currency", "$currency"))
					.append("minor", new Document("$sum", "$signedMinor"))));
		return this.mongo.getCollection(COLLECTION).flatMapMany((lines) -> lines.aggregate(pipeline)).map((total) -> {
			Document key = total.get("_id", Document.class);
			return new Deposited(key.getString("centreId"), YearMonth.parse(key.getString("month")),
					Money.of(((Number) total.get("minor")).longValue(), key.getString("currency")));
		});
	}

	/** A sum of allocation lines. */
	record Deposited(String centreId, YearMonth month, Money amount) {

	}

	Mono<Void> createIndexes() {
		var indexes = this.mongo.indexOps(COLLECTION);
		return indexes
			.createIndex(new Index().on("depositId", Sort.Direction.ASC)
				.on("at", Sort.Direction.ASC)
				.on("_id", Sort.Direction.ASC)
				.named("depositId_at_id"))
			.then(indexes.createIndex(new Index().on("fy", Sort.Direction.ASC)
				.on("centreId", Sort.Direction.ASC)
				.on("month", Sort.Direction.ASC)
				.named("fy_centreId_month")))
			.then();
	}

	private static Allocation line(Document document) {
		return new Allocation(document.getString("_id"), document.getString("depositId"),
				document.getString("centreId"), YearMonth.parse(document.getString("month")),
				Money.of(((Number) document.get("signedMinor")).longValue(), document.getString("currency")),
				document.getDate("at").toInstant(), document.getString("by"), document.getString("reverses"));
	}

}
