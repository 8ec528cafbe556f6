package ladakh.crafts.marketplace.orders;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Seeds buyer orders and their seller parts by the documented fields (docs/data-model.md,
 * "Orders issue additions"), as checkout and payment leave them.
 */
public final class FulfilmentFixtures {

	private final ReactiveMongoTemplate mongo;

	public FulfilmentFixtures(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** One line of a part: a listing, a quantity and a unit price in paise. */
	public record Item(String sellerId, String listingId, int quantity, long unitPriceMinor) {

	}

	/**
	 * An order with one part per seller (in the order the items name them), every part in
	 * {@code partStatus}.
	 * @return the order document as stored
	 */
	public Document order(String buyerId, String buyerEmail, String status, String partStatus, Item... items) {
		String orderId = "ord-" + UUID.randomUUID();
		String number = "LC-2026-" + (100000 + (int) (Math.random() * 899999));
		Date now = new Date();
		List<String> sellers = new ArrayList<>();
		for (Item item : items) {
			if (!sellers.contains(item.sellerId())) {
				sellers.add(item.sellerId());
			}
		}
		List<String> partIds = new ArrayList<>();
		List<Document> reservations = new ArrayList<>();
		long total = 0;
		for (int n = 0; n < sellers.size(); n++) {
			String sellerId = sellers.get(n);
			String partId = orderId + "-" + (n + 1);
			partIds.add(partId);
			List<Document> lines = new ArrayList<>();
			long subtotal = 0;
			for (Item item : items) {
				if (item.sellerId().equals(sellerId)) {
					// As checkout reserves it (docs/decisions/0022): the key in the
					// listing.
					String key = orderId + ":" + reservations.size();
					reservations.add(new Document("key", key).append("partId", partId)
						.append("listingId", item.listingId())
						.append("quantity", item.quantity()));
					this.mongo
						.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
								org.springframework.data.mongodb.core.query.Criteria.where("_id").is(item.listingId())),
								new org.springframework.data.mongodb.core.query.Update().inc("stock", -item.quantity())
									.push("holds", key),
								"listings")
						.block();
					long lineTotal = item.unitPriceMinor() * item.quantity();
					subtotal += lineTotal;
					lines.add(new Document("listingId", item.listingId()).append("title", "Piece " + item.listingId())
						.append("craft", "thangka-painting")
						.append("quantity", item.quantity())
						.append("unitPriceMinor", item.unitPriceMinor())
						.append("lineTotalMinor", lineTotal)
						.append("madeToOrder", false)
						.append("leadTimeDays", null));
				}
			}
			total += subtotal;
			this.mongo
				.insert(new Document("_id", partId).append("orderId", orderId)
					.append("orderNumber", number)
					.append("buyerId", buyerId)
					.append("sellerId", sellerId)
					.append("status", partStatus)
					.append("lines", lines)
					.append("subtotalMinor", subtotal)
					.append("currency", "INR")
					.append("deliveredAt", "DELIVERED".equals(partStatus) ? now : null)
					.append("createdAt", now)
					.append("updatedAt", now), OrderPartRepository.PARTS)
				.block();
		}
		Document order = new Document("_id", orderId).append("number", number)
			.append("buyerId", buyerId)
			.append("contact",
					new Document("name", "Tsering Buyer").append("email", buyerEmail).append("phone", "9419000000"))
			.append("shippingAddress",
					new Document("name", "Tsering Buyer").append("line1", "12 Fort Road")
						.append("line2", null)
						.append("city", "Leh")
						.append("district", "Leh")
						.append("state", "Ladakh")
						.append("pinCode", "194101"))
			.append("paymentMethod", "BANK_TRANSFER")
			.append("gateway", "OFFLINE")
			.append("status", status)
			.append("totalMinor", total)
			.append("currency", "INR")
			.append("checkoutKey", buyerId + ":" + orderId)
			.append("partIds", partIds)
			.append("reservations", reservations)
			// As the orders area stores it from the start (decision 0046).
			.append("stockReleased", false)
			.append("createdAt", now)
			.append("updatedAt", now);
		if ("PAID".equals(status)) {
			order.append("payment",
					new Document("reference", "UTR" + orderId.substring(4, 12)).append("amountMinor", total)
						.append("currency", "INR")
						.append("source", "STAFF")
						.append("recordedBy", "usr-test-accounts")
						.append("at", now));
		}
		this.mongo.insert(order, OrderRepository.ORDERS).block();
		return order;
	}

	public Document part(String partId) {
		return this.mongo.findById(partId, Document.class, OrderPartRepository.PARTS).block();
	}

	@SuppressWarnings("unchecked")
	public static List<String> partIds(Document order) {
		return (List<String>) order.get("partIds");
	}

}
