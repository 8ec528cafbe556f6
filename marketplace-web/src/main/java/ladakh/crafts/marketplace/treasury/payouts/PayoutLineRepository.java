package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.Money;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code payout_lines} collection: a run's line per seller. The UTR is set only while
 * none is there (a conditional update), so the same confirmation twice is stored once.
 */
@Repository
class PayoutLineRepository {

	static final String COLLECTION = "payout_lines";

	static final int MOST_PER_SELLER = 50;

	private final ReactiveMongoTemplate mongo;

	PayoutLineRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> createIndexes() {
		var indexes = this.mongo.indexOps(COLLECTION);
		return indexes
			.createIndex(new Index().on("runId", Sort.Direction.ASC).on("_id", Sort.Direction.ASC).named("runId_id"))
			.then(indexes.createIndex(new Index().on("runId", Sort.Direction.ASC)
				.on("utr", Sort.Direction.ASC)
				.on("_id", Sort.Direction.ASC)
				.named("runId_utr_id")))
			.then(indexes.createIndex(new Index().on("sellerId", Sort.Direction.ASC)
				.on("paidAt", Sort.Direction.DESC)
				.named("sellerId_paidAt")))
			.then(indexes.createIndex(
					new Index().on("paidAt", Sort.Direction.ASC).on("runId", Sort.Direction.ASC).named("paidAt_runId")))
			.then();
	}

	/**
	 * The lines marked paid in {@code [from, to)} summed by run: one {@code $match} on
	 * {@code paidAt} (index {@code paidAt_runId}) and one {@code $group}.
	 */
	Flux<RunSum> paidByRun(Instant from, Instant to) {
		return aggregate(java.util.List.of(paidBetween(from, to),
				new Document("$group",
						new Document("_id", "$runId").append("amountMinor", new Document("$sum", "$amountMinor"))
							.append("lines", new Document("$sum", 1)))))
			.map((sum) -> new RunSum(sum.getString("_id"),
					Money.paise(sum.get("amountMinor", Number.class).longValue()),
					sum.get("lines", Number.class).longValue()));
	}

	/** How many sellers had a line marked paid in {@code [from, to)}. */
	Mono<Long> sellersPaid(Instant from, Instant to) {
		return aggregate(
				java.util.List.of(paidBetween(from, to), new Document("$group", new Document("_id", "$sellerId")),
						new Document("$group", new Document("_id", null).append("sellers", new Document("$sum", 1)))))
			.next()
			.map((sum) -> sum.get("sellers", Number.class).longValue())
			.defaultIfEmpty(0L);
	}

	private static Document paidBetween(Instant from, Instant to) {
		return new Document("$match",
				new Document("paidAt", new Document("$gte", Date.from(from)).append("$lt", Date.from(to))));
	}

	private Flux<Document> aggregate(java.util.List<Document> pipeline) {
		return this.mongo.getCollection(COLLECTION).flatMapMany((lines) -> lines.aggregate(pipeline));
	}

	/** A run's lines paid in a period, summed. */
	record RunSum(String runId, Money amount, long lines) {

	}

	Mono<Void> insertAll(Collection<PayoutLine> lines) {
		return this.mongo.insert(lines.stream().map(PayoutLineRepository::document).toList(), COLLECTION).then();
	}

	Mono<PayoutLine> find(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(PayoutLineRepository::line);
	}

	/** A run's lines in seller order (index runId_id); a run has one line per seller. */
	Flux<PayoutLine> ofRun(String runId) {
		return this.mongo
			.find(Query.query(Criteria.where("runId").is(runId)).with(Sort.by("_id")), Document.class, COLLECTION)
			.map(PayoutLineRepository::line);
	}

	/** Records the UTR; false when the line has one already. */
	Mono<Boolean> markPaid(String id, String utr, String by, Instant at) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id).and("utr").is(null)),
					Update.update("utr", utr).set("paidBy", by).set("paidAt", Date.from(at)), COLLECTION)
			.map((result) -> result.getModifiedCount() == 1);
	}

	/**
	 * Whether a run has a line left unpaid: the first of its lines without a UTR, walked
	 * on index runId_utr_id, so each confirmation reads one line, not the run's unpaid
	 * ones.
	 */
	Mono<Boolean> anyUnpaid(String runId) {
		Query first = Query.query(Criteria.where("runId").is(runId).and("utr").is(null)).with(Sort.by("_id")).limit(1);
		first.fields().include("_id");
		return this.mongo.findOne(first, Document.class, COLLECTION).hasElement();
	}

	/** A seller's paid lines, the latest first (index sellerId_paidAt). */
	Flux<PayoutLine> paidOf(String sellerId) {
		return this.mongo
			.find(Query.query(Criteria.where("sellerId").is(sellerId).and("paidAt").ne(null))
				.with(Sort.by(Sort.Direction.DESC, "paidAt"))
				.limit(MOST_PER_SELLER), Document.class, COLLECTION)
			.map(PayoutLineRepository::line);
	}

	/**
	 * What a seller was paid over all time, summed by the database (index
	 * sellerId_paidAt).
	 */
	Mono<Long> paidTotalOf(String sellerId) {
		java.util.List<Document> pipeline = java.util.List.of(
				new Document("$match", new Document("sellerId", sellerId).append("paidAt", new Document("$ne", null))),
				new Document("$group", new Document("_id", null).append("paid", new Document("$sum", "$amountMinor"))));
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((lines) -> lines.aggregate(pipeline))
			.next()
			.map((total) -> ((Number) total.get("paid")).longValue())
			.defaultIfEmpty(0L);
	}

	private static Document document(PayoutLine line) {
		return new Document("_id", line.id()).append("runId", line.runId())
			.append("sellerId", line.sellerId())
			.append("name", line.name())
			.append("amountMinor", line.amount().minor())
			.append("currency", line.amount().currencyCode())
			.append("items", line.items())
			.append("negativeItems", line.negativeItems())
			.append("utr", line.utr())
			.append("paidAt", (line.paidAt() != null) ? Date.from(line.paidAt()) : null);
	}

	private static PayoutLine line(Document document) {
		Date paidAt = document.getDate("paidAt");
		return new PayoutLine(document.getString("_id"), document.getString("runId"), document.getString("sellerId"),
				document.getString("name"),
				Money.of(((Number) document.get("amountMinor")).longValue(), document.getString("currency")),
				((Number) document.get("items")).intValue(), ((Number) document.get("negativeItems")).intValue(),
				document.getString("utr"), (paidAt != null) ? paidAt.toInstant() : null);
	}

}
