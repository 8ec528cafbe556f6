package ladakh.crafts.marketplace.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * A signed-in buyer's cart in {@code carts}, keyed by their user id: the listing ids and
 * quantities in the order added.
 */
@Repository
class CartRepository {

	static final String COLLECTION = "carts";

	private final ReactiveMongoTemplate mongo;

	CartRepository(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The stored items (listing id → quantity), or empty when the user has no cart. */
	Mono<Map<String, Integer>> items(String userId) {
		return this.mongo.getCollection(COLLECTION)
			.flatMap((carts) -> Mono.from(carts.find(Filters.eq("_id", userId)).first()))
			.map(CartRepository::itemsOf);
	}

	/**
	 * How many pieces the stored cart holds: one document read by its key, never the
	 * listings (the header shows it on every page).
	 */
	Mono<Integer> pieces(String userId) {
		return this.mongo.getCollection(COLLECTION)
			.flatMap((carts) -> Mono.from(carts.find(Filters.eq("_id", userId)).first()))
			.map((cart) -> itemsOf(cart).values().stream().mapToInt(Integer::intValue).sum())
			.defaultIfEmpty(0);
	}

	Mono<Void> save(String userId, Map<String, Integer> items, Instant now) {
		List<Document> lines = new ArrayList<>();
		items.forEach(
				(listingId, quantity) -> lines.add(new Document("listingId", listingId).append("quantity", quantity)));
		Document cart = new Document("_id", userId).append("items", lines).append("updatedAt", Date.from(now));
		return this.mongo.getCollection(COLLECTION)
			.flatMap((carts) -> Mono
				.from(carts.replaceOne(Filters.eq("_id", userId), cart, new ReplaceOptions().upsert(true))))
			.then();
	}

	Mono<Void> createIndexes() {
		return this.mongo.getCollection(COLLECTION)
			.flatMap((carts) -> Mono.from(carts.createIndex(Indexes.ascending("updatedAt"))))
			.then();
	}

	private static Map<String, Integer> itemsOf(Document cart) {
		Map<String, Integer> items = new LinkedHashMap<>();
		for (Document line : cart.getList("items", Document.class, List.of())) {
			items.put(line.getString("listingId"), line.get("quantity", Number.class).intValue());
		}
		return items;
	}

}
