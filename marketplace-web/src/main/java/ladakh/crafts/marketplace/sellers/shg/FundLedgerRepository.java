package ladakh.crafts.marketplace.sellers.shg;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import ladakh.crafts.marketplace.shared.Money;
import org.bson.Document;
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

	/** An SHG's ledger in time order (decision 0046). */
	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("shgId", Sort.Direction.ASC)
				.on("at", Sort.Direction.ASC)
				.on("_id", Sort.Direction.ASC)
				.named("shgId_at_id"))
			.then();
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
