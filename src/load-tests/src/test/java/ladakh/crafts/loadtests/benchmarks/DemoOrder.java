package ladakh.crafts.loadtests.benchmarks;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import ladakh.crafts.loadtests.scale.ScaleDataSet;
import ladakh.crafts.loadtests.scale.ScaleSizes;
import org.bson.Document;

/**
 * An order of the demo buyer for one piece of a demo listing, for the order pages' ids
 * (the demo data has no orders): a generated order of the scale data set, shaped as the
 * checkout stores them, made the demo buyer's. A paid one for the pages that act on an
 * order, a delivered one for the review form (only a delivered piece may be reviewed).
 */
final class DemoOrder {

	static final String BUYER = "usr-demo-buyer";

	private DemoOrder() {
	}

	static ScaleDataSet.OrderDocuments paid(Document listing) {
		return of(listing, "ord-demo-benchmark", "LC-2026-900001", false);
	}

	static ScaleDataSet.OrderDocuments delivered(Document listing) {
		return of(listing, "ord-demo-delivered", "LC-2026-900002", true);
	}

	private static ScaleDataSet.OrderDocuments of(Document listing, String id, String number, boolean delivered) {
		ScaleDataSet.OrderDocuments generated = ScaleDataSet.of(ScaleSizes.SMOKE, Instant.now()).order(1);
		Date now = new Date();
		long price = listing.get("priceMinor", Number.class).longValue();
		Document part = new Document(generated.parts().get(0));
		part.put("_id", id + "-1");
		part.put("orderId", id);
		part.put("orderNumber", number);
		part.put("buyerId", BUYER);
		part.put("sellerId", listing.getString("sellerId"));
		part.put("status", delivered ? "DELIVERED" : "PAID");
		part.remove("shipment");
		part.remove("deliveredAt");
		part.remove("cancel");
		if (delivered) {
			part.put("shipment", new Document("carrier", "India Post").append("trackingNumber", "EL900000002IN")
				.append("shippedAt", now));
			part.put("deliveredAt", now);
		}
		part.put("lines",
				List.of(new Document("listingId", listing.getString("_id"))
					.append("title", listing.get("title", Document.class).getString("en"))
					.append("craft", listing.getString("craft"))
					.append("quantity", 1)
					.append("unitPriceMinor", price)
					.append("lineTotalMinor", price)
					.append("madeToOrder", listing.getBoolean("madeToOrder", false))
					.append("leadTimeDays", listing.get("leadTimeDays"))));
		part.put("subtotalMinor", price);
		part.put("createdAt", now);
		part.put("updatedAt", now);
		Document order = new Document(generated.order());
		order.put("_id", id);
		order.put("number", number);
		order.put("buyerId", BUYER);
		order.put("contact",
				new Document("name", "Demo buyer").append("email", "buyer@demo.ladakh")
					.append("phone", "9419000000")
					.append("language", "en"));
		order.put("status", "PAID");
		order.put("totalMinor", price);
		order.put("partIds", List.of(id + "-1"));
		order.put("reservations",
				List.of(new Document("key", id + ":1").append("partId", id + "-1")
					.append("listingId", listing.getString("_id"))
					.append("quantity", 1)));
		order.put("checkoutKey", "benchmark:" + id);
		order.put("createdAt", now);
		order.put("updatedAt", now);
		order.put("paidFollowUp", true);
		order.remove("stockReleased");
		order.put("payment",
				new Document("reference", "UTR900000001").append("amountMinor", price)
					.append("currency", "INR")
					.append("source", "UPI")
					.append("recordedBy", "usr-demo-accounts")
					.append("at", now));
		return new ScaleDataSet.OrderDocuments(order, List.of(part));
	}

}
