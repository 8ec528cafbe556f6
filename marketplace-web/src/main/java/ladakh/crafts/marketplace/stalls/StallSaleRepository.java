package ladakh.crafts.marketplace.stalls;

import java.util.Date;
import java.util.List;

import com.mongodb.DuplicateKeyException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.shared.LocalizedText;
import ladakh.crafts.marketplace.shared.Money;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The {@code stall_sales} collection: one document per sale, {@code _id} = the id the
 * seller's phone made, so a sale sent twice is one document (docs/decisions/0056).
 */
@Repository
class StallSaleRepository {

	static final String COLLECTION = "stall_sales";

	private final ReactiveMongoTemplate mongo;

	StallSaleRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores the sale unless its id is taken: true when this call stored it. */
	Mono<Boolean> claim(StallSale sale) {
		return this.mongo.insert(document(sale), COLLECTION)
			.thenReturn(true)
			.onErrorResume(StallSaleRepository::duplicate, (ex) -> Mono.just(false));
	}

	Mono<StallSale> find(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(StallSaleRepository::sale);
	}

	/** Marks the sale counted (its pieces taken, its ledger line written). */
	Mono<Void> counted(String id) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("counted", true), COLLECTION)
			.then();
	}

	/** Drops a claim whose pieces the stall did not have, so it can be sent again. */
	Mono<Void> drop(String id) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(id).and("counted").is(false)), COLLECTION).then();
	}

	/** The seller's latest sales at the exhibition. */
	Flux<StallSale> latest(String sellerId, String exhibitionId, int limit) {
		return this.mongo
			.find(Query.query(Criteria.where("sellerId").is(sellerId).and("exhibitionId").is(exhibitionId))
				.with(Sort.by(Sort.Direction.DESC, "at"))
				.limit(limit), Document.class, COLLECTION)
			.map(StallSaleRepository::sale);
	}

	/** An exhibition's counted sales by id, from a keyset position (the id). */
	Flux<StallSale> countedAt(String exhibitionId, String afterId, int limit) {
		Criteria criteria = Criteria.where("exhibitionId").is(exhibitionId).and("counted").is(true);
		if (afterId != null) {
			criteria = criteria.and("_id").gt(afterId);
		}
		return this.mongo.find(Query.query(criteria).with(Sort.by("_id")).limit(limit), Document.class, COLLECTION)
			.map(StallSaleRepository::sale);
	}

	/**
	 * These exhibitions' counted sales summed by exhibition and currency: one
	 * {@code $match} on {@code exhibitionId, counted} (index
	 * {@code exhibitionId_counted_id}) and one {@code $group}.
	 */
	Flux<ExhibitionSales> countedTotals(java.util.Collection<String> exhibitionIds) {
		List<Document> pipeline = List.of(new Document("$match", new Document("exhibitionId",
				new Document("$in", List.copyOf(exhibitionIds)))
			.append("counted", true)), new Document(
					"$group",
					new Document("_id", new Document("exhibitionId", "$exhibitionId").append("currency", "$currency"))
						.append("totalMinor",
								new Document("$sum",
										new Document("$multiply", List.of("$unitPriceMinor", "$quantity"))))
						.append("sales", new Document("$sum", 1))));
		return this.mongo.getCollection(COLLECTION).flatMapMany((sales) -> sales.aggregate(pipeline)).map((group) -> {
			Document key = group.get("_id", Document.class);
			return new ExhibitionSales(key.getString("exhibitionId"),
					Money.of(group.get("totalMinor", Number.class).longValue(), key.getString("currency")),
					group.get("sales", Number.class).longValue());
		});
	}

	/**
	 * A seller's sales at an exhibition, latest first; an exhibition's counted sales by
	 * id (docs/decisions/0046).
	 */
	Mono<Void> createIndexes() {
		return this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("sellerId", Sort.Direction.ASC)
				.on("exhibitionId", Sort.Direction.ASC)
				.on("at", Sort.Direction.DESC)
				.named("sellerId_exhibitionId_at"))
			.then(this.mongo.indexOps(COLLECTION)
				.createIndex(new Index().on("exhibitionId", Sort.Direction.ASC)
					.on("counted", Sort.Direction.ASC)
					.on("_id", Sort.Direction.ASC)
					.named("exhibitionId_counted_id")))
			.then();
	}

	/** Exhibitions whose sales' keys were released, one document each. */
	static final String RELEASED = "stall_hold_releases";

	/** Whether the exhibition's keys were released. */
	Mono<Boolean> released(String exhibitionId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(exhibitionId)), RELEASED);
	}

	/** Records that the exhibition's keys were released (again: no change). */
	Mono<Void> markReleased(String exhibitionId, java.time.Instant at) {
		return this.mongo
			.upsert(Query.query(Criteria.where("_id").is(exhibitionId)), Update.update("at", Date.from(at)), RELEASED)
			.then();
	}

	private static Document document(StallSale sale) {
		return new Document("_id", sale.id()).append("sellerId", sale.sellerId())
			.append("exhibitionId", sale.exhibitionId())
			.append("listingId", sale.listingId())
			.append("title", new Document("en", sale.title().en()).append("hi", sale.title().hi()))
			.append("quantity", sale.quantity())
			.append("unitPriceMinor", sale.unitPrice().minor())
			.append("currency", sale.unitPrice().currencyCode())
			.append("mode", sale.mode().name())
			.append("reference", sale.reference())
			.append("counted", sale.counted())
			.append("at", Date.from(sale.at()));
	}

	private static StallSale sale(Document document) {
		return new StallSale(document.getString("_id"), document.getString("sellerId"),
				document.getString("exhibitionId"), document.getString("listingId"),
				LocalizedText.of(document.get("title")), document.getInteger("quantity", 0),
				Money.of(((Number) document.get("unitPriceMinor")).longValue(), document.getString("currency")),
				PaymentMode.valueOf(document.getString("mode")), document.getString("reference"),
				Boolean.TRUE.equals(document.getBoolean("counted")), document.getDate("at").toInstant());
	}

	private static boolean duplicate(Throwable ex) {
		return ex instanceof DuplicateKeyException || ex instanceof org.springframework.dao.DuplicateKeyException
				|| (ex instanceof MongoWriteException write
						&& write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY);
	}

}
