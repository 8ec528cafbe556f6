package ladakh.crafts.marketplace.treasury.payouts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;

import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The {@code offline_refunds} collection: one repayment per refunded part ({@code _id}
 * the part id), so the same record twice is stored once.
 */
@Repository
class OfflineRefundRepository {

	static final String COLLECTION = "offline_refunds";

	private final ReactiveMongoTemplate mongo;

	OfflineRefundRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Stores it, or answers the one stored before for the same part. */
	Mono<OfflineRefund> insertOnce(OfflineRefund refund, String by, Instant at) {
		Document document = new Document("_id", refund.partId()).append("orderId", refund.orderId())
			.append("mode", refund.mode())
			.append("reference", refund.reference())
			.append("paidOn", refund.paidOn().toString())
			.append("amountMinor", refund.amountMinor())
			.append("currency", "INR")
			.append("recordedBy", by)
			.append("recordedAt", Date.from(at));
		return this.mongo.insert(document, COLLECTION)
			.map(OfflineRefundRepository::refund)
			.onErrorResume(DuplicateKeyException.class,
					(ex) -> this.mongo.findById(refund.partId(), Document.class, COLLECTION)
						.map(OfflineRefundRepository::refund));
	}

	Flux<OfflineRefund> of(Collection<String> partIds) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(partIds)), Document.class, COLLECTION)
			.map(OfflineRefundRepository::refund);
	}

	private static OfflineRefund refund(Document document) {
		return new OfflineRefund(document.getString("_id"), document.getString("orderId"), document.getString("mode"),
				document.getString("reference"), LocalDate.parse(document.getString("paidOn")),
				((Number) document.get("amountMinor")).longValue());
	}

}
