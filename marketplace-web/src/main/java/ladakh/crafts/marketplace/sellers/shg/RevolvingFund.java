package ladakh.crafts.marketplace.sellers.shg;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.StaffAction;
import ladakh.crafts.marketplace.sellers.StaffActionAudit;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * An SHG's revolving fund: an append-only ledger ({@code shg_fund_entries}) and the
 * balance on the SHG's own document ({@code shg.fundBalanceMinor}).
 * <p>
 * There are no transactions, so the balance is the guard: one conditional update moves it
 * (for a utilisation only when it stays at or above zero), then the entry is inserted; if
 * that insert fails the balance is moved back. Concurrent utilisations therefore never
 * overdraw the fund.
 */
@Service
public class RevolvingFund {

	static final String ENTRIES = "shg_fund_entries";

	/** The department's usual grant to a new SHG: ₹50,000. */
	public static final long DEFAULT_GRANT_MINOR = 5_000_000L;

	/** No single entry above ₹1 crore: that is a typing mistake, not a grant. */
	public static final long MAX_ENTRY_MINOR = 1_000_000_000L;

	private final ReactiveMongoTemplate mongo;

	private final StaffActionAudit audit;

	private final Clock clock;

	RevolvingFund(ReactiveMongoTemplate mongo, StaffActionAudit audit, Clock clock) {
		this.mongo = mongo;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records an entry, or refuses it and writes nothing.
	 * @return the entry; errors with {@link FundRefusedException} when refused, or
	 * {@link IllegalArgumentException} for an amount out of range
	 */
	public Mono<FundEntry> record(String shgId, FundEntryKind kind, long amountMinor, String note, MarketplaceUser by) {
		if (amountMinor <= 0 || amountMinor > MAX_ENTRY_MINOR) {
			return Mono.error(new IllegalArgumentException("The amount must be above zero and at most ₹1 crore"));
		}
		Criteria guard = Criteria.where("_id").is(shgId).and("type").is("SHG").and("status").is("ACTIVE");
		if (kind == FundEntryKind.UTILISATION) {
			guard = guard.and("shg.fundBalanceMinor").gte(amountMinor);
		}
		long change = kind.effect(amountMinor);
		Instant at = this.clock.instant();
		Document entry = new Document("_id", "fund-" + UUID.randomUUID()).append("shgId", shgId)
			.append("kind", kind.name())
			.append("amountMinor", amountMinor)
			.append("note", (note != null) ? note.strip() : "")
			.append("at", Date.from(at))
			.append("by", by.id());
		return this.mongo.updateFirst(Query.query(guard), new Update().inc("shg.fundBalanceMinor", change), "sellers")
			.flatMap((result) -> {
				if (result.getModifiedCount() == 1) {
					return insertOrUndo(entry, shgId, change);
				}
				return whyRefused(shgId);
			})
			.flatMap((inserted) -> this.audit
				.record(new StaffAction(by, "SHG_FUND_" + kind.name(), "SHG", shgId, null,
						Map.of("entryId", entry.getString("_id"), "amountMinor", amountMinor)))
				.thenReturn(new FundEntry(entry.getString("_id"), shgId, kind, amountMinor, entry.getString("note"), at,
						by.id(), 0L)));
	}

	private Mono<Document> insertOrUndo(Document entry, String shgId, long change) {
		return this.mongo.insert(entry, ENTRIES)
			.onErrorResume((ex) -> this.mongo
				.updateFirst(Query.query(Criteria.where("_id").is(shgId)),
						new Update().inc("shg.fundBalanceMinor", -change), "sellers")
				.then(Mono.error(ex)));
	}

	private Mono<Document> whyRefused(String shgId) {
		Query query = Query.query(Criteria.where("_id").is(shgId).and("type").is("SHG"));
		query.fields().include("status");
		return this.mongo.findOne(query, Document.class, "sellers")
			.switchIfEmpty(Mono.error(() -> new ShgNotFoundException(shgId)))
			.flatMap((shg) -> Mono.error(new FundRefusedException("ACTIVE".equals(shg.getString("status"))
					? FundRefusedException.Reason.INSUFFICIENT_BALANCE : FundRefusedException.Reason.SHG_NOT_ACTIVE,
					shgId)));
	}

	/** The ledger, oldest first, each line with the running balance after it. */
	public Mono<List<FundEntry>> ledger(String shgId) {
		Query query = Query.query(Criteria.where("shgId").is(shgId)).with(Sort.by("at", "_id"));
		return this.mongo.find(query, Document.class, ENTRIES).collectList().map((documents) -> {
			List<FundEntry> entries = new ArrayList<>(documents.size());
			long balance = 0;
			for (Document document : documents) {
				FundEntryKind kind = FundEntryKind.valueOf(document.getString("kind"));
				long amount = document.get("amountMinor", Number.class).longValue();
				balance += kind.effect(amount);
				entries.add(new FundEntry(document.getString("_id"), shgId, kind, amount, document.getString("note"),
						document.getDate("at").toInstant(), document.getString("by"), balance));
			}
			return entries;
		});
	}

}
