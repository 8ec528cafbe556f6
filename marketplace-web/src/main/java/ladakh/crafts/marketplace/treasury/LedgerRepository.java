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

	// ---- Treasury receipts (decision 0070): read by treasury.deposits through
	// RevenueLedger; the contract's fields (payee, fy, month, signedMinor).

	/**
	 * A financial year's TREASURY lines summed by the database per centre and month, or
	 * one centre's when {@code centreId} is given, from the
	 * {@code payee_fy_sellerId_month} index.
	 */
	Flux<RevenueLedger.Receipts> treasuryReceipts(String fy, String centreId, String month) {
		Document match = new Document("payee", "TREASURY").append("fy", fy);
		if (centreId != null) {
			match.append("sellerId", centreId);
		}
		if (month != null) {
			match.append("month", month);
		}
		List<Document> pipeline = List.of(new Document("$match", match), new Document("$group",
				new Document("_id",
						new Document("sellerId", "$sellerId").append("month", "$month").append("currency", "$currency"))
					.append("minor", new Document("$sum", "$signedMinor"))));
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((entries) -> entries.aggregate(pipeline))
			.map((total) -> {
				Document key = total.get("_id", Document.class);
				return new RevenueLedger.Receipts(key.getString("sellerId"), key.getString("month"),
						Money.of(((Number) total.get("minor")).longValue(), key.getString("currency")));
			});
	}

	/** The index the treasury receipts' sums are served by. */
	Mono<Void> createTreasuryReceiptIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new org.springframework.data.mongodb.core.index.Index().on("payee", Sort.Direction.ASC)
				.on("fy", Sort.Direction.ASC)
				.on("sellerId", Sort.Direction.ASC)
				.on("month", Sort.Direction.ASC)
				.named("payee_fy_sellerId_month"))
			.then();
	}

	/**
	 * A training centre's receipt as the ledger contract spells it (the demo's centre
	 * sales), once per id.
	 */
	Mono<Void> insertCentreReceiptOnce(String id, String centreId, Money amount, java.time.Instant at, String fy,
			String month, String reference) {
		Document document = new Document("_id", id).append("kind", "SALE")
			.append("sellerId", centreId)
			.append("sellerKind", "TRAINING_CENTRE")
			.append("channel", "STALL")
			.append("paymentMode", "CASH")
			.append("payee", "TREASURY")
			.append("amountMinor", amount.minor())
			.append("currency", amount.currencyCode())
			.append("signedMinor", amount.minor())
			.append("signedOwedMinor", 0L)
			.append("commissionBps", 0)
			.append("commissionMinor", 0L)
			.append("reference", reference)
			.append("at", Date.from(at))
			.append("fy", fy)
			.append("month", month);
		return this.mongo.insert(document, COLLECTION)
			.then()
			.onErrorResume(LedgerRepository::duplicate, (ex) -> Mono.empty());
	}

}
