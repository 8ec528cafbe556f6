package ladakh.crafts.marketplace.sellers.shg;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import ladakh.crafts.marketplace.shared.Money;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The SHG revolving fund ledger, {@code shg_fund_entries}: append-only, amounts stored as
 * {@code amountMinor} paise. The balance itself lives on the SHG's seller document.
 */
@Repository
class FundLedgerRepository {

	static final String COLLECTION = "shg_fund_entries";

	private final ReactiveMongoTemplate mongo;

	FundLedgerRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	Mono<Void> append(FundEntry entry) {
		Document document = new Document("_id", entry.id()).append("shgId", entry.shgId())
			.append("kind", entry.kind().name())
			.append("amountMinor", entry.amount().minor())
			.append("note", entry.note())
			.append("at", Date.from(entry.at()))
			.append("by", entry.by());
		return this.mongo.insert(document, COLLECTION).then();
	}

	/** An SHG's ledger in time order (decision 0046); every SHG's by time (issue 18). */
	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("shgId", Sort.Direction.ASC)
				.on("at", Sort.Direction.ASC)
				.on("_id", Sort.Direction.ASC)
				.named("shgId_at_id"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(
						new Index().on("at", Sort.Direction.ASC).on("shgId", Sort.Direction.ASC).named("at_shgId")))
			.then();
	}

	/**
	 * The entries made in {@code [from, to)} summed by SHG and kind: one {@code $match}
	 * on {@code at} (index {@code at_shgId}) and one {@code $group}.
	 */
	Flux<KindSum> sumsBetween(Instant from, Instant to) {
		Document match = new Document("$match",
				new Document("at", new Document("$gte", Date.from(from)).append("$lt", Date.from(to))));
		Document group = new Document("$group",
				new Document("_id", new Document("shgId", "$shgId").append("kind", "$kind"))
					.append("amountMinor", new Document("$sum", "$amountMinor"))
					.append("entries", new Document("$sum", 1)));
		return aggregate(List.of(match, group)).map((sum) -> {
			Document key = sum.get("_id", Document.class);
			return new KindSum(key.getString("shgId"), FundEntryKind.valueOf(key.getString("kind")),
					Money.paise(sum.get("amountMinor", Number.class).longValue()),
					sum.get("entries", Number.class).longValue());
		});
	}

	/**
	 * Each SHG's balance from the entries made before {@code before}: grants and
	 * repayments less utilisation, summed in the database from index {@code at_shgId}.
	 */
	Flux<KindSum> balancesBefore(Instant before) {
		Document signed = new Document("$cond",
				java.util.Arrays.asList(new Document("$eq", List.of("$kind", FundEntryKind.UTILISATION.name())),
						new Document("$multiply", List.of("$amountMinor", -1)), "$amountMinor"));
		Document match = new Document("$match", new Document("at", new Document("$lt", Date.from(before))));
		Document group = new Document("$group",
				new Document("_id", "$shgId").append("amountMinor", new Document("$sum", signed))
					.append("entries", new Document("$sum", 1)));
		return aggregate(List.of(match, group)).map((sum) -> new KindSum(sum.getString("_id"), null,
				Money.paise(sum.get("amountMinor", Number.class).longValue()),
				sum.get("entries", Number.class).longValue()));
	}

	private Flux<Document> aggregate(List<Document> pipeline) {
		return this.mongo.getCollection(COLLECTION).flatMapMany((entries) -> entries.aggregate(pipeline));
	}

	/**
	 * An SHG's entries of one kind summed (or, with no kind, their effect on its
	 * balance).
	 */
	record KindSum(String shgId, FundEntryKind kind, Money amount, long entries) {

	}

	/**
	 * The ledger, oldest first, each line with the running balance after it: all of one
	 * SHG's lines (the balance needs every one), read from index shgId_at_id.
	 */
	Mono<List<FundEntry>> ledger(String shgId) {
		Query query = Query.query(Criteria.where("shgId").is(shgId)).with(Sort.by("at", "_id"));
		return this.mongo.find(query, Document.class, COLLECTION).collectList().map((documents) -> {
			List<FundEntry> entries = new ArrayList<>(documents.size());
			Money balance = Money.ZERO;
			for (Document document : documents) {
				FundEntryKind kind = FundEntryKind.valueOf(document.getString("kind"));
				Money amount = Money.paise(document.get("amountMinor", Number.class).longValue());
				balance = balance.plus(kind.effect(amount));
				entries.add(new FundEntry(document.getString("_id"), shgId, kind, amount, document.getString("note"),
						document.getDate("at").toInstant(), document.getString("by"), balance));
			}
			return entries;
		});
	}

}
