package ladakh.crafts.marketplace.treasury;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import reactor.core.publisher.Flux;

import ladakh.crafts.marketplace.shared.Money;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads, for a bounded set of sellers, when they first and last sold and what their lines
 * came to in a window: one aggregate on {@code revenue_ledger} whose {@code $match} is
 * {@code sellerId $in} (a prefix of {@code sellerId_at_id}), grouped by the database, so
 * no line reaches the application (docs/decisions/0068).
 */
@Repository
class LedgerMilestoneRepository {

	private final ReactiveMongoTemplate mongo;

	LedgerMilestoneRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Per seller and kind: the first and last line's time and the sum of the signed
	 * amounts of the lines at or after {@code from} and before {@code until}.
	 * @param sellerIds at most {@link SalesMilestones#SELLERS_AT_ONCE}
	 */
	Flux<KindTotals> totals(List<String> sellerIds, Instant from, Instant until) {
		Document inWindow = new Document("$and", List.of(new Document("$gte", List.of("$at", Date.from(from))),
				new Document("$lt", List.of("$at", Date.from(until)))));
		List<Document> pipeline = List
			.of(new Document("$match", new Document("sellerId", new Document("$in", sellerIds))), new Document("$group",
					new Document("_id", new Document("sellerId", "$sellerId").append("kind", "$kind"))
						.append("first", new Document("$min", "$at"))
						.append("last", new Document("$max", "$at"))
						.append("window",
								new Document("$sum", new Document("$cond", List.of(inWindow, "$signedMinor", 0L))))));
		return this.mongo.getCollection(LedgerRepository.COLLECTION)
			.flatMapMany((lines) -> lines.aggregate(pipeline))
			.map((group) -> {
				Document key = group.get("_id", Document.class);
				long window = (group.get("window") instanceof Number n) ? n.longValue() : 0L;
				return new KindTotals(key.getString("sellerId"), key.getString("kind"), instant(group.get("first")),
						instant(group.get("last")), Money.paise(window));
			});
	}

	private static Instant instant(Object stored) {
		return (stored instanceof Date date) ? date.toInstant() : null;
	}

	/** One seller's lines of one kind (rupees: the only currency {@link Money} takes). */
	record KindTotals(String sellerId, String kind, Instant first, Instant last, Money inWindow) {

	}

}
