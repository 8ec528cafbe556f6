package ladakh.crafts.marketplace.treasury;

import java.util.ArrayList;
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
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The {@code revenue_ledger} collection: inserts only, keyed by the entry's id so that
 * the same fact recorded twice is stored once. Each line carries its {@code fy} and
 * {@code month} (India time) and its signed amounts, so every total is an indexed
 * {@code $match} and a plain {@code $sum} (docs/decisions/0068).
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
		return this.mongo.insert(LedgerDocuments.document(entry), COLLECTION)
			.map(LedgerDocuments::entry)
			.onErrorResume(LedgerRepository::duplicate, (ex) -> find(entry.id()));
	}

	/**
	 * Writes new lines in one bulk insert (an import, a generated year): every id must be
	 * new, a duplicate fails the insert.
	 * @return how many were written
	 */
	Mono<Integer> insertAll(List<LedgerEntry> entries) {
		if (entries.isEmpty()) {
			return Mono.just(0);
		}
		List<Document> documents = new ArrayList<>(entries.size());
		entries.forEach((entry) -> documents.add(LedgerDocuments.document(entry)));
		return this.mongo.getCollection(COLLECTION)
			.flatMap((lines) -> Mono.from(lines.insertMany(documents)))
			.map((result) -> result.getInsertedIds().size());
	}

	/** The line with this id (the {@code _id} index), or empty. */
	Mono<LedgerEntry> find(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(LedgerDocuments::entry);
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
			.map(LedgerDocuments::entry);
	}

	/**
	 * A seller's totals by kind (and a reversal's reversed kind) and currency, summed by
	 * the database from the {@code sellerId} index, so no entry is carried to the
	 * application. Lines written before the signed fields existed count too.
	 */
	Flux<Total> totalsOf(String sellerId) {
		List<Document> pipeline = List.of(new Document("$match", new Document("sellerId", sellerId)),
				new Document("$group",
						new Document("_id",
								new Document("kind", "$kind").append("reversedKind", "$reversedKind")
									.append("currency", "$currency"))
							.append("minor", new Document("$sum", "$amountMinor"))));
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((entries) -> entries.aggregate(pipeline))
			.map((total) -> {
				Document key = total.get("_id", Document.class);
				return new Total(key.getString("kind"), key.getString("reversedKind"),
						Money.of(((Number) total.get("minor")).longValue(), key.getString("currency")));
			});
	}

	/** The sum of one kind of entry. */
	record Total(String kind, String reversedKind, Money amount) {

		Money signed() {
			boolean adds = LedgerEntry.SALE.equals(this.kind)
					|| (LedgerEntry.REVERSAL.equals(this.kind) && LedgerEntry.REFUND.equals(this.reversedKind));
			return adds ? this.amount : this.amount.negated();
		}

	}

	/**
	 * A seller's (or a centre's) totals in a year, or in one of its months, of one payee
	 * or both: {@code $match} on {@code sellerId, fy[, month]} (index
	 * {@code sellerId_fy_month}), {@code $group}.
	 * @param month {@code "2027-03"}, or null for the whole year
	 * @param payee {@code SELLER} or {@code TREASURY}, or null for both
	 */
	Mono<LedgerSums> sumsOf(String sellerId, String fy, String month, String payee) {
		Document match = new Document("sellerId", sellerId).append("fy", fy);
		if (month != null) {
			match.append("month", month);
		}
		if (payee != null) {
			match.append("payee", payee);
		}
		return sums(match);
	}

	private Mono<LedgerSums> sums(Document match) {
		List<Document> pipeline = List.of(new Document("$match", match),
				new Document("$group", LedgerDocuments.sumsBy("$currency")));
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((entries) -> entries.aggregate(pipeline))
			.map((group) -> LedgerDocuments.sums(group, group.getString("_id")))
			.reduce(LedgerSums::plus)
			.defaultIfEmpty(LedgerSums.NONE);
	}

	/**
	 * A year's totals by seller kind × channel × payee: one {@code $match} on {@code fy}
	 * (index {@code fy_sellerId_id}) and one {@code $group}.
	 */
	Flux<FySummary.Row> summary(String fy) {
		List<Document> pipeline = List.of(new Document("$match", new Document("fy", fy)),
				new Document("$group",
						LedgerDocuments.sumsBy(new Document("sellerKind", "$sellerKind").append("channel", "$channel")
							.append("payee", "$payee")
							.append("currency", "$currency"))));
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((entries) -> entries.aggregate(pipeline))
			.map((group) -> {
				Document key = group.get("_id", Document.class);
				return new FySummary.Row(key.getString("sellerKind"), key.getString("channel"), key.getString("payee"),
						LedgerDocuments.sums(group, key.getString("currency")));
			});
	}

	/**
	 * A year's totals by month × channel × seller kind × craft × district × payee, and
	 * the centre for the treasury's lines (a seller's own id is not kept: the cells stay
	 * a few thousand, whatever the number of sellers): one {@code $match} on {@code fy}
	 * (index {@code fy_sellerId_id}) and one {@code $group}, like {@link #summary}.
	 */
	Flux<RevenueCell> breakdown(String fy) {
		Document centre = new Document("$cond", java.util.Arrays
			.asList(new Document("$eq", List.of("$payee", LedgerEntry.TREASURY)), "$sellerId", null));
		List<Document> pipeline = List.of(new Document("$match", new Document("fy", fy)),
				new Document("$group",
						LedgerDocuments.sumsBy(new Document("month", "$month").append("channel", "$channel")
							.append("sellerKind", "$sellerKind")
							.append("craft", "$craft")
							.append("district", "$district")
							.append("payee", "$payee")
							.append("centreId", centre)
							.append("currency", "$currency"))));
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((entries) -> entries.aggregate(pipeline))
			.map((group) -> {
				Document key = group.get("_id", Document.class);
				return new RevenueCell(key.getString("month"), key.getString("channel"), key.getString("sellerKind"),
						key.getString("craft"), key.getString("district"), key.getString("payee"),
						key.getString("centreId"), LedgerDocuments.sums(group, key.getString("currency")));
			});
	}

	/**
	 * A year's totals per seller, by seller id after {@code afterSellerId} (or from the
	 * first), at most {@code limit}. The page's sellers come first, one index step each
	 * (the first line of the next seller, index {@code fy_sellerId_id} walked in order),
	 * then only their lines are grouped: a page reads its own sellers' lines, never the
	 * rest of the year.
	 */
	Flux<FySummary.SellerRow> sellerSums(String fy, String afterSellerId, int limit) {
		return nextSeller(fy, afterSellerId).expand((sellerId) -> nextSeller(fy, sellerId))
			.take(limit)
			.collectList()
			.flatMapMany((sellers) -> sellers.isEmpty() ? Flux.empty() : sumsPerSeller(fy, sellers));
	}

	/** The seller after {@code afterSellerId} with a line in the year, or empty. */
	private Mono<String> nextSeller(String fy, String afterSellerId) {
		Criteria which = Criteria.where("fy").is(fy);
		if (afterSellerId != null) {
			which = which.and("sellerId").gt(afterSellerId);
		}
		Query first = Query.query(which).with(Sort.by("sellerId", "_id")).limit(1);
		first.fields().include("sellerId");
		return this.mongo.findOne(first, Document.class, COLLECTION).mapNotNull((line) -> line.getString("sellerId"));
	}

	private Flux<FySummary.SellerRow> sumsPerSeller(String fy, List<String> sellers) {
		Document match = new Document("fy", fy).append("sellerId", new Document("$in", sellers));
		List<Document> pipeline = List.of(new Document("$match", match),
				new Document("$group",
						LedgerDocuments.sumsBy(new Document("sellerId", "$sellerId").append("currency", "$currency"))),
				new Document("$sort", new Document("_id.sellerId", 1)));
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((entries) -> entries.aggregate(pipeline))
			.map((group) -> {
				Document key = group.get("_id", Document.class);
				return new FySummary.SellerRow(key.getString("sellerId"),
						LedgerDocuments.sums(group, key.getString("currency")));
			});
	}

	/**
	 * A seller's entries in time order (docs/decisions/0046); a seller's or a centre's
	 * totals by financial year and month ({@code sellerId_fy_month}); a year's summary
	 * and its sellers in order ({@code fy_sellerId_id}) (docs/decisions/0068).
	 */
	Mono<Void> createIndexes() {
		var indexes = this.mongo.indexOps(COLLECTION);
		return indexes
			.createIndex(
					new Index().on("sellerId", Sort.Direction.ASC).on("at", Sort.Direction.ASC).named("sellerId_at"))
			.then(indexes.createIndex(new Index().on("sellerId", Sort.Direction.ASC)
				.on("at", Sort.Direction.ASC)
				.on("_id", Sort.Direction.ASC)
				.named("sellerId_at_id")))
			.then(indexes.createIndex(new Index().on("sellerId", Sort.Direction.ASC)
				.on("fy", Sort.Direction.ASC)
				.on("month", Sort.Direction.ASC)
				.named("sellerId_fy_month")))
			.then(indexes.createIndex(new Index().on("fy", Sort.Direction.ASC)
				.on("sellerId", Sort.Direction.ASC)
				.on("_id", Sort.Direction.ASC)
				.named("fy_sellerId_id")))
			.then();
	}

	private static boolean duplicate(Throwable ex) {
		return ex instanceof DuplicateKeyException || ex instanceof org.springframework.dao.DuplicateKeyException
				|| (ex instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
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
