package ladakh.crafts.marketplace.orders;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Each seller's returns policy ({@code seller_policies}, one document per seller, keyed
 * by the seller id).
 */
@Repository
class SellerPolicyRepository {

	static final String COLLECTION = "seller_policies";

	private final ReactiveMongoTemplate mongo;

	SellerPolicyRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The seller's stored policy, or empty when they never set one. */
	Mono<SellerPolicy> find(String sellerId) {
		return this.mongo.findById(sellerId, Document.class, COLLECTION)
			.map((stored) -> new SellerPolicy(sellerId,
					stored.get("returnWindowDays", SellerPolicy.DEFAULT_RETURN_WINDOW_DAYS), stored.getString("text"),
					true));
	}

	Mono<Void> save(String sellerId, int returnWindowDays, String text, Instant now) {
		return this.mongo.upsert(Query.query(Criteria.where("_id").is(sellerId)),
				new Update().set("returnWindowDays", returnWindowDays)
					.set("text", text)
					.set("updatedAt", Date.from(now)),
				COLLECTION)
			.then();
	}

}
