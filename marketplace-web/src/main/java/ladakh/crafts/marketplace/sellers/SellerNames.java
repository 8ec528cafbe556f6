package ladakh.crafts.marketplace.sellers;

import java.util.Collection;
import java.util.Map;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Sellers' display names by id, for staff pages of other areas that list seller ids. */
@Service
public class SellerNames {

	private final ReactiveMongoTemplate mongo;

	SellerNames(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The names of the given sellers.
	 * @param sellerIds seller ids
	 * @return id to name; unknown ids are left out
	 */
	public Mono<Map<String, String>> of(Collection<String> sellerIds) {
		if (sellerIds.isEmpty()) {
			return Mono.just(Map.of());
		}
		Query query = Query.query(Criteria.where("_id").in(sellerIds));
		query.fields().include("name");
		return this.mongo.find(query, Document.class, "sellers")
			.collectMap((seller) -> seller.getString("_id"), (seller) -> String.valueOf(seller.get("name")));
	}

}
