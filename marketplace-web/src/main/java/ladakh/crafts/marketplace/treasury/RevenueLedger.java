package ladakh.crafts.marketplace.treasury;

import java.time.Clock;
import java.util.Date;

import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The append-only revenue ledger: one SALE entry when a seller part is paid, one REFUND
 * entry per refund. Entries are keyed so that recording the same fact twice (a retried
 * step, a duplicate event) stores it once; nothing is ever updated or deleted. The
 * treasury issue builds deposits and reconciliation on it.
 */
@Service
public class RevenueLedger {

	public static final String COLLECTION = "revenue_ledger";

	private final ReactiveMongoTemplate mongo;

	private final Clock clock;

	RevenueLedger(ReactiveMongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Records that a seller part was paid.
	 * @return the entry (the stored one when it was already there)
	 */
	public Mono<LedgerEntry> recordSale(String orderId, String partId, String sellerId, long amountMinor,
			String currency, String reference) {
		return append(new LedgerEntry("sale:" + partId, LedgerEntry.SALE, orderId, partId, sellerId, amountMinor,
				currency, reference, this.clock.instant()));
	}

	/**
	 * Records a refund of (part of) a seller part.
	 * @param refundKey the refund's idempotency key
	 * @return the entry (the stored one when it was already there)
	 */
	public Mono<LedgerEntry> recordRefund(String refundKey, String orderId, String partId, String sellerId,
			long amountMinor, String currency, String reference) {
		return append(new LedgerEntry("refund:" + refundKey, LedgerEntry.REFUND, orderId, partId, sellerId, amountMinor,
				currency, reference, this.clock.instant()));
	}

	/** A seller's entries, oldest first. */
	public Flux<LedgerEntry> entriesOf(String sellerId) {
		return this.mongo
			.find(Query.query(Criteria.where("sellerId").is(sellerId))
				.with(org.springframework.data.domain.Sort.by("at")), Document.class, COLLECTION)
			.map(RevenueLedger::entry);
	}

	/** A seller's net revenue: sales minus refunds, in paise. */
	public Mono<Long> netOf(String sellerId) {
		return entriesOf(sellerId)
			.map((entry) -> LedgerEntry.SALE.equals(entry.kind()) ? entry.amountMinor() : -entry.amountMinor())
			.reduce(0L, Long::sum);
	}

	private Mono<LedgerEntry> append(LedgerEntry entry) {
		Document document = new Document("_id", entry.id()).append("kind", entry.kind())
			.append("orderId", entry.orderId())
			.append("partId", entry.partId())
			.append("sellerId", entry.sellerId())
			.append("amountMinor", entry.amountMinor())
			.append("currency", entry.currency())
			.append("reference", entry.reference())
			.append("at", Date.from(entry.at()));
		return this.mongo.insert(document, COLLECTION)
			.map(RevenueLedger::entry)
			.onErrorResume(RevenueLedger::duplicate,
					(ex) -> this.mongo.findById(entry.id(), Document.class, COLLECTION).map(RevenueLedger::entry));
	}

	private static boolean duplicate(Throwable ex) {
		return ex instanceof DuplicateKeyException || ex instanceof org.springframework.dao.DuplicateKeyException
				|| (ex instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
	}

	private static LedgerEntry entry(Document document) {
		return new LedgerEntry(document.getString("_id"), document.getString("kind"), document.getString("orderId"),
				document.getString("partId"), document.getString("sellerId"), document.getLong("amountMinor"),
				document.getString("currency"), document.getString("reference"), document.getDate("at").toInstant());
	}

}
