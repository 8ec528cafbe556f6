package ladakh.crafts.marketplace.orders;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;

import ladakh.crafts.marketplace.shared.Money;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Each seller's returns policy and shipping rule ({@code seller_policies}, one document
 * per seller, keyed by the seller id).
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

	/** The seller's stored shipping rule, or empty when they never set one. */
	Mono<ShippingRule> shipping(String sellerId) {
		return this.mongo.findById(sellerId, Document.class, COLLECTION)
			.filter((stored) -> stored.get("shipping") instanceof Document)
			.map((stored) -> rule(sellerId, stored.get("shipping", Document.class)));
	}

	/**
	 * The stored shipping rules of these sellers, in one read by {@code _id} (a checkout
	 * or a cart names a few sellers); those who never set one are left out.
	 */
	Flux<ShippingRule> shipping(Collection<String> sellerIds) {
		if (sellerIds.isEmpty()) {
			return Flux.empty();
		}
		return this.mongo.find(Query.query(Criteria.where("_id").in(sellerIds)), Document.class, COLLECTION)
			.filter((stored) -> stored.get("shipping") instanceof Document)
			.map((stored) -> rule(stored.getString("_id"), stored.get("shipping", Document.class)));
	}

	private static ShippingRule rule(String sellerId, Document rule) {
		Number freeFrom = rule.get("freeFromMinor", Number.class);
		return new ShippingRule(sellerId, Money.paise(rule.get("feeMinor", Number.class).longValue()),
				(freeFrom != null) ? Money.paise(freeFrom.longValue()) : null, rule.getInteger("dispatchDays"),
				rule.getInteger("ladakhDays"), rule.getInteger("indiaDays"), true);
	}

	Mono<Void> saveShipping(ShippingRule rule, Instant now) {
		Document stored = new Document("feeMinor", rule.fee().minor())
			.append("freeFromMinor", (rule.freeFrom() != null) ? rule.freeFrom().minor() : null)
			.append("dispatchDays", rule.dispatchDays())
			.append("ladakhDays", rule.ladakhDays())
			.append("indiaDays", rule.indiaDays());
		return this.mongo
			.upsert(Query.query(Criteria.where("_id").is(rule.sellerId())),
					new Update().set("shipping", stored).set("updatedAt", Date.from(now)), COLLECTION)
			.then();
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
