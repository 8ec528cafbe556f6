package ladakh.crafts.marketplace.orders;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.payments.PaymentMethod;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Listings with stock, checkout requests and reads of what checkout stored, for tests.
 */
final class OrderFixtures {

	private final ReactiveMongoTemplate mongo;

	private final ListingFixtures listings;

	OrderFixtures(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
		this.listings = new ListingFixtures(mongo);
	}

	/** A PUBLISHED listing of the seller with this stock, priced 1,000.00 rupees. */
	String listing(String sellerId, int stock) {
		this.listings.sellingSeller(sellerId);
		String id = this.listings.listing(sellerId, "PUBLISHED");
		this.mongo.getCollection(ListingFixtures.COLLECTION)
			.flatMap((listings) -> Mono.from(listings.updateOne(Filters.eq("_id", id),
					Updates.combine(Updates.set("stock", stock), Updates.set("priceMinor", 100_000L)))))
			.block();
		return id;
	}

	/** A PUBLISHED listing of the seller with this stock and price (paise). */
	String listing(String sellerId, int stock, long priceMinor) {
		String id = listing(sellerId, stock);
		this.mongo.getCollection(ListingFixtures.COLLECTION)
			.flatMap((listings) -> Mono
				.from(listings.updateOne(Filters.eq("_id", id), Updates.set("priceMinor", priceMinor))))
			.block();
		return id;
	}

	/** A made-to-order listing. */
	String madeToOrder(String sellerId) {
		String id = listing(sellerId, 0);
		this.mongo.getCollection(ListingFixtures.COLLECTION)
			.flatMap((listings) -> Mono.from(listings.updateOne(Filters.eq("_id", id),
					Updates.combine(Updates.set("madeToOrder", true), Updates.set("leadTimeDays", 21)))))
			.block();
		return id;
	}

	Document listingDocument(String id) {
		return this.listings.stored(id);
	}

	int stock(String id) {
		return listingDocument(id).get("stock", Number.class).intValue();
	}

	List<String> holds(String id) {
		return listingDocument(id).getList("holds", String.class, List.of());
	}

	static String buyer() {
		return "usr-test-buyer-" + UUID.randomUUID();
	}

	static CheckoutRequest request(String buyerId, String key, PaymentMethod method,
			CheckoutRequest.CartLine... lines) {
		return new CheckoutRequest(key, buyerId, new Order.Contact("Tsering Dolma", "tsering@example.in", "9419012345"),
				new Order.Address("Tsering Dolma", "House 12, Changspa", null, "Leh", "Leh", "Ladakh", "194101"),
				method, List.of(lines), null);
	}

	static CheckoutRequest.CartLine line(String listingId, int quantity) {
		return new CheckoutRequest.CartLine(listingId, quantity);
	}

	Document order(String id) {
		return this.mongo.findById(id, Document.class, OrderRepository.ORDERS).block();
	}

	/** Moves an order's reservation expiry into the past. */
	void expireNow(String orderId) {
		this.mongo.getCollection(OrderRepository.ORDERS)
			.flatMap((orders) -> Mono.from(orders.updateOne(Filters.eq("_id", orderId),
					Updates.set("reservedUntil", new Date(System.currentTimeMillis() - 1000)))))
			.block();
	}

}
