package ladakh.crafts.marketplace.treasury;

import java.util.Date;
import java.util.List;

import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.After;
import ladakh.crafts.marketplace.shared.Money;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code revenue_ledger} collection: inserts only, keyed by the entry's id so that
 * the same fact recorded twice is stored once.
 */
@Component
class LedgerRepository {

	static final String COLLECTION = "revenue_ledger";

	private final ReactiveMongoTemplate mongo;

	LedgerRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * @return the entry, or the one stored before it with the same id
	 */
	Mono<LedgerEntry> insertOnce(LedgerEntry entry) {
		Document document = new Document("_id", entry.id()).append("kind", entry.kind())
			.append("orderId", entry.orderId())
			.append("partId", entry.partId())
			.append("sellerId", entry.sellerId())
			.append("amountMinor", entry.amount().minor())
			.append("currency", entry.amount().currencyCode())
			.append("reference", entry.reference())
			.append("at", Date.from(entry.at()))
			.append("channel", entry.channel())
			.append("exhibitionId", entry.exhibitionId())
			.append("paymentMode", entry.paymentMode());
		return this.mongo.insert(document, COLLECTION)
			.map(LedgerRepository::entry)
			.onErrorResume(LedgerRepository::duplicate,
					(ex) -> this.mongo.findById(entry.id(), Document.class, COLLECTION).map(LedgerRepository::entry));
	}

	/** A page of a seller's entries, oldest first, from {@code after} on. */
	Flux<LedgerEntry> ofSeller(String sellerId, After after, int limit) {
		Criteria criteria = Criteria.where("sellerId").is(sellerId);
		if (after != null && after.at() != null) {
			Date at = Date.from(after.at());
			criteria = new Criteria().andOperator(criteria, Criteria.where("at").gte(at),
					new Criteria().orOperator(Criteria.where("at").gt(at), Criteria.where("_id").gt(after.id())));
		}
		return this.mongo
			.find(Query.query(criteria).with(Sort.by("at", "_id")).limit(limit), Document.class, COLLECTION)
			.map(LedgerRepository::entry);
	}

	/**
	 * A seller's totals by kind and currency, summed by the database from the
	 * {@code sellerId} index, so no entry is carried to the application.
	 */
	Flux<Total> totalsOf(String sellerId) {
		List<Document> pipeline = List.of(new Document("$match", new Document("sellerId", sellerId)),
				new Document("$group",
						new Document("_id", new Document("kind", "$kind").append("currency", "$currency"))
							.append("minor", new Document("$sum", "$amountMinor"))));
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((entries) -> entries.aggregate(pipeline))
			.map((total) -> {
				Document key = total.get("_id", Document.class);
				return new Total(key.getString("kind"),
						Money.of(((Number) total.get("minor")).longValue(), key.getString("currency")));
			});
	}

	/** The sum of one kind of entry. */
	record Total(String kind, Money amount) {

	}

	/** A seller's entries in time order (docs/decisions/0046). */
	Mono<Void> createIndexes() {
		var indexes = this.mongo.indexOps(COLLECTION);
		return indexes
			.createIndex(new org.springframework.data.mongodb.core.index.Index().on("sellerId", Sort.Direction.ASC)
				.on("at", Sort.Direction.ASC)
				.named("sellerId_at"))
			.then(indexes
				.createIndex(new org.springframework.data.mongodb.core.index.Index().on("sellerId", Sort.Direction.ASC)
					.on("at", Sort.Direction.ASC)
					.on("_id", Sort.Direction.ASC)
					.named("sellerId_at_id")))
			.then();
	}

	private static boolean duplicate(Throwable ex) {
		return ex instanceof DuplicateKeyException || ex instanceof org.springframework.dao.DuplicateKeyException
				|| (ex instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
	}

	private static LedgerEntry entry(Document document) {
		return new LedgerEntry(document.getString("_id"), document.getString("kind"), document.getString("orderId"),
				document.getString("partId"), document.getString("sellerId"),
				Money.of(document.getLong("amountMinor"), document.getString("currency")),
				document.getString("reference"), document.getDate("at").toInstant(), document.getString("channel"),
				document.getString("exhibitionId"), document.getString("paymentMode"));
	}

	// Payout runs and seller statements (docs/decisions/0069): read through
	// RevenueLedger.

	/** The indexes the payout and statement reads rely on. */
	Mono<Void> createPayoutIndexes() {
		var indexes = this.mongo.indexOps(COLLECTION);
		return indexes
			.createIndex(new org.springframework.data.mongodb.core.index.Index().on("payee", Sort.Direction.ASC)
				.on("at", Sort.Direction.ASC)
				.on("_id", Sort.Direction.ASC)
				.named("payee_at_id"))
			.then(indexes
				.createIndex(new org.springframework.data.mongodb.core.index.Index().on("sellerId", Sort.Direction.ASC)
					.on("fy", Sort.Direction.ASC)
					.on("at", Sort.Direction.ASC)
					.on("_id", Sort.Direction.ASC)
					.named("sellerId_fy_at_id")))
			.then();
	}

	/** Every seller-payee line up to a moment, in time order (index payee_at_id). */
	Flux<RevenueLedger.OwedLine> sellerPayeeLinesUpTo(java.time.Instant asOf) {
		return this.mongo
			.find(Query.query(Criteria.where("payee").is("SELLER").and("at").lte(Date.from(asOf)))
				.with(Sort.by("at", "_id")), Document.class, COLLECTION)
			.map(LedgerRepository::owedLine);
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
			.find(Query.query(criteria).with(Sort.by("at", "_id")).limit(limit), Document.class, COLLECTION)
			.map(LedgerRepository::owedLine);
	}

	/** A seller's year summed by kind, by the database (index sellerId_fy_at_id). */
	Flux<RevenueLedger.YearTotal> sellerYearTotals(String sellerId, String fy) {
		List<Document> pipeline = List.of(new Document("$match", new Document("sellerId", sellerId).append("fy", fy)),
				new Document("$group",
						new Document("_id", "$kind").append("signed", new Document("$sum", "$signedMinor"))
							.append("owed", new Document("$sum", "$signedOwedMinor"))
							.append("commission", new Document("$sum", "$commissionMinor"))));
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((entries) -> entries.aggregate(pipeline))
			.map((total) -> new RevenueLedger.YearTotal(total.getString("_id"), number(total.get("signed")),
					number(total.get("owed")), number(total.get("commission"))));
	}

	private static long number(Object value) {
		return (value instanceof Number number) ? number.longValue() : 0L;
	}

	private static RevenueLedger.OwedLine owedLine(Document line) {
		Date at = line.getDate("at");
		String currency = line.getString("currency");
		return new RevenueLedger.OwedLine(line.getString("_id"), line.getString("kind"), line.getString("sellerId"),
				line.getString("sellerKind"), line.getString("channel"), line.getString("orderId"),
				line.getString("partId"), (at != null) ? at.toInstant() : null, line.getString("fy"),
				number(line.get("amountMinor")), number(line.get("commissionMinor")), number(line.get("signedMinor")),
				number(line.get("signedOwedMinor")), (currency != null) ? currency : "INR",
				line.getString("reference"));
	}

	/**
	 * What a seller is owed over all time, summed by the database (index sellerId_at).
	 */
	Mono<Long> sellerOwedTotal(String sellerId) {
		List<Document> pipeline = List.of(new Document("$match", new Document("sellerId", sellerId)), new Document(
				"$group", new Document("_id", null).append("owed", new Document("$sum", "$signedOwedMinor"))));
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((entries) -> entries.aggregate(pipeline))
			.next()
			.map((total) -> ((Number) total.get("owed")).longValue())
			.defaultIfEmpty(0L);
	}

}
