package ladakh.crafts.marketplace.treasury;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code revenue_ledger} as payout runs and sellers' statements read it
 * (docs/decisions/0069), through {@link RevenueLedger}. A line's amounts are never
 * edited; the one field written after its insert is {@code claimedBy}, the payout run
 * that claimed it, so that a run reads only the lines no run holds (missing or null:
 * unclaimed).
 */
@Component
class PayoutLedgerRepository {

	static final String CLAIMED_BY = "claimedBy";

	private final ReactiveMongoTemplate mongo;

	PayoutLedgerRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The indexes the payout and statement reads rely on. */
	Mono<Void> createIndexes() {
		var indexes = this.mongo.indexOps(LedgerRepository.COLLECTION);
		return indexes
			.createIndex(new Index().on("payee", Sort.Direction.ASC)
				.on(CLAIMED_BY, Sort.Direction.ASC)
				.on("at", Sort.Direction.ASC)
				.on("_id", Sort.Direction.ASC)
				.named("payee_claimedBy_at_id"))
			.then(indexes.createIndex(new Index().on("sellerId", Sort.Direction.ASC)
				.on("fy", Sort.Direction.ASC)
				.on("at", Sort.Direction.ASC)
				.on("_id", Sort.Direction.ASC)
				.named("sellerId_fy_at_id")))
			.then();
	}

	/**
	 * The seller-payee lines up to a moment that no run has marked as claimed, in time
	 * order (index payee_claimedBy_at_id: {@code claimedBy: null} is its null entries).
	 */
	Flux<RevenueLedger.OwedLine> unclaimedSellerLinesUpTo(Instant asOf) {
		return this.mongo.find(Query.query(
				Criteria.where("payee").is(LedgerEntry.SELLER).and(CLAIMED_BY).is(null).and("at").lte(Date.from(asOf)))
			.with(Sort.by("at", "_id")), Document.class, LedgerRepository.COLLECTION).map(LedgerDocuments::owedLine);
	}

	/**
	 * Marks lines as claimed by a run, each only while no run has it marked.
	 * @return how many were marked
	 */
	Mono<Long> markClaimed(String runId, Collection<String> lineIds) {
		return this.mongo
			.updateMulti(Query.query(Criteria.where("_id").in(lineIds).and(CLAIMED_BY).is(null)),
					Update.update(CLAIMED_BY, runId), LedgerRepository.COLLECTION)
			.map((result) -> result.getModifiedCount());
	}

	/**
	 * Takes a run's mark off these lines (a cancelled run), leaving any other run's.
	 * @return how many were unmarked
	 */
	Mono<Long> unmarkClaimed(String runId, Collection<String> lineIds) {
		return this.mongo
			.updateMulti(Query.query(Criteria.where("_id").in(lineIds).and(CLAIMED_BY).is(runId)),
					new Update().unset(CLAIMED_BY), LedgerRepository.COLLECTION)
			.map((result) -> result.getModifiedCount());
	}

	/** A page of a seller's lines of one financial year (index sellerId_fy_at_id). */
	Flux<RevenueLedger.OwedLine> sellerLinesOfYear(String sellerId, String fy, After after, int limit) {
		Criteria criteria = Criteria.where("sellerId").is(sellerId).and("fy").is(fy);
		if (after != null && after.at() != null) {
			Date at = Date.from(after.at());
			criteria = new Criteria().andOperator(criteria, Criteria.where("at").gte(at),
					new Criteria().orOperator(Criteria.where("at").gt(at), Criteria.where("_id").gt(after.id())));
		}
		return this.mongo
			.find(Query.query(criteria).with(Sort.by("at", "_id")).limit(limit), Document.class,
					LedgerRepository.COLLECTION)
			.map(LedgerDocuments::owedLine);
	}

	/** A seller's year summed by kind, by the database (index sellerId_fy_at_id). */
	Flux<RevenueLedger.YearTotal> sellerYearTotals(String sellerId, String fy) {
		List<Document> pipeline = List.of(new Document("$match", new Document("sellerId", sellerId).append("fy", fy)),
				new Document("$group",
						new Document("_id", "$kind").append("signed", new Document("$sum", "$signedMinor"))
							.append("owed", new Document("$sum", "$signedOwedMinor"))
							.append("commission", new Document("$sum", "$commissionMinor"))));
		return this.mongo.getCollection(LedgerRepository.COLLECTION)
			.flatMapMany((entries) -> entries.aggregate(pipeline))
			.map((total) -> new RevenueLedger.YearTotal(total.getString("_id"),
					LedgerDocuments.number(total.get("signed")), LedgerDocuments.number(total.get("owed")),
					LedgerDocuments.number(total.get("commission"))));
	}

	/**
	 * What a seller is owed over all time, summed by the database (index sellerId_at).
	 */
	Mono<Long> sellerOwedTotal(String sellerId) {
		List<Document> pipeline = List.of(new Document("$match", new Document("sellerId", sellerId)), new Document(
				"$group", new Document("_id", null).append("owed", new Document("$sum", "$signedOwedMinor"))));
		return this.mongo.getCollection(LedgerRepository.COLLECTION)
			.flatMapMany((entries) -> entries.aggregate(pipeline))
			.next()
			.map((total) -> ((Number) total.get("owed")).longValue())
			.defaultIfEmpty(0L);
	}

}
