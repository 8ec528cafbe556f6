package ladakh.crafts.loadtests.scale;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.SplittableRandom;

import org.bson.Document;

/**
 * Generates one order from its number: a buyer of the data set buys one or two listings
 * (each its own part, as the checkout splits an order by seller), paid offline and then
 * packed, shipped or delivered; or the order expired unpaid, or was cancelled. Only
 * settled states: nothing a sweeper would pick up (paid orders are followed up, released
 * stock is released, no refund is pending), so loading the set changes no running job's
 * work.
 */
final class OrderGenerator {

	private static final String[] METHODS = { "UPI", "UPI", "BANK_TRANSFER", "COUNTER", "CASH_ON_DELIVERY" };

	private static final String[] CITIES = { "Leh", "Kargil", "Delhi", "Mumbai", "Bengaluru", "Chandigarh", "Jammu",
			"Pune" };

	private final ScaleDataSet data;

	OrderGenerator(ScaleDataSet data) {
		this.data = data;
	}

	ScaleDataSet.OrderDocuments order(int number) {
		SplittableRandom random = this.data.random(0x0E, number);
		String id = this.data.orderId(number);
		String orderNumber = this.data.orderNumber(number);
		int buyerNumber = 1 + random.nextInt(this.data.sizes().buyers());
		String buyerId = ScaleDataSet.buyerId(buyerNumber);
		Instant created = this.data.orderCreatedAt(number);
		String method = METHODS[random.nextInt(METHODS.length)];
		int roll = random.nextInt(100);
		String status = (roll < 85) ? "PAID" : (roll < 93) ? "EXPIRED" : "CANCELLED";
		int partCount = (random.nextInt(5) == 0) ? 2 : 1;
		List<Document> parts = new ArrayList<>(partCount);
		List<Document> reservations = new ArrayList<>(partCount);
		List<String> partIds = new ArrayList<>(partCount);
		long total = 0;
		Instant updated = created;
		for (int p = 1; p <= partCount; p++) {
			Document listing = this.data.catalog().listing(1 + random.nextInt(this.data.sizes().listings()));
			int quantity = (random.nextInt(6) == 0) ? 2 : 1;
			long unit = listing.get("priceMinor", Number.class).longValue();
			String partId = id + "-" + p;
			Document line = new Document("listingId", listing.getString("_id"))
				.append("title", listing.get("title", Document.class).getString("en"))
				.append("craft", listing.getString("craft"))
				.append("quantity", quantity)
				.append("unitPriceMinor", unit)
				.append("lineTotalMinor", unit * quantity)
				.append("madeToOrder", listing.getBoolean("madeToOrder"))
				.append("leadTimeDays", listing.getInteger("leadTimeDays"));
			Document part = new Document("_id", partId).append("orderId", id)
				.append("orderNumber", orderNumber)
				.append("buyerId", buyerId)
				.append("sellerId", listing.getString("sellerId"))
				.append("status", null)
				.append("lines", List.of(line))
				.append("subtotalMinor", unit * quantity)
				.append("currency", "INR")
				.append("createdAt", Date.from(created))
				.append("updatedAt", null);
			Instant partUpdated = settle(part, status, created, random);
			updated = partUpdated.isAfter(updated) ? partUpdated : updated;
			parts.add(part);
			partIds.add(partId);
			reservations.add(new Document("key", id + ":" + p).append("partId", partId)
				.append("listingId", listing.getString("_id"))
				.append("quantity", quantity));
			total += unit * quantity;
		}
		String district = (random.nextInt(3) == 0) ? "KARGIL" : "LEH";
		String city = CITIES[random.nextInt(CITIES.length)];
		Document order = new Document("_id", id).append("number", orderNumber)
			.append("buyerId", buyerId)
			.append("contact",
					new Document("name", "Scale buyer " + buyerNumber)
						.append("email", ScaleDataSet.buyerLogin(buyerNumber))
						.append("phone", "94%08d".formatted(random.nextInt(100_000_000)))
						.append("language", (random.nextInt(4) == 0) ? "hi" : "en"))
			.append("shippingAddress",
					new Document("name", "Scale buyer " + buyerNumber)
						.append("line1", (1 + random.nextInt(300)) + " Main Bazaar Road")
						.append("line2", null)
						.append("city", city)
						.append("district", city.equals("Leh") || city.equals("Kargil") ? district : city)
						.append("state", city.equals("Leh") || city.equals("Kargil") ? "Ladakh" : "India")
						.append("pinCode", city.equals("Kargil") ? "194103" : "194101"))
			.append("paymentMethod", method)
			.append("gateway", "OFFLINE")
			.append("status", status)
			.append("totalMinor", total)
			.append("currency", "INR")
			.append("partIds", partIds)
			.append("reservations", reservations)
			.append("returnUrl", null)
			.append("checkoutKey", ScaleDataSet.PREFIX + "checkout:" + id)
			.append("createdAt", Date.from(created))
			.append("updatedAt", Date.from(updated))
			.append("reservedUntil", Date.from(created.plus(Duration.ofHours(48))))
			.append("start",
					new Document("gateway", "OFFLINE").append("redirectUrl", null)
						.append("externalId", null)
						.append("method", method)
						.append("payee", "Handicrafts Department, UT Ladakh")
						.append("account", method.equals("UPI") ? "handicrafts.ladakh@sbi" : null)
						.append("reference", orderNumber)
						.append("note", null));
		if (status.equals("PAID")) {
			order
				.append("payment",
						new Document("reference", "UTR" + (100_000_000L + random.nextInt(900_000_000)))
							.append("amountMinor", total)
							.append("currency", "INR")
							.append("source", method)
							.append("recordedBy", "usr-demo-accounts")
							.append("at", Date.from(created.plus(Duration.ofHours(3)))))
				.append("paidFollowUp", true)
				.append("stockReleased", false);
		}
		else {
			order.append("stockReleased", true);
		}
		return new ScaleDataSet.OrderDocuments(order, parts);
	}

	/** The part's state after its order's: returns when it last changed. */
	private static Instant settle(Document part, String orderStatus, Instant created, SplittableRandom random) {
		Instant updated;
		switch (orderStatus) {
			case "EXPIRED" -> {
				part.put("status", "EXPIRED");
				updated = created.plus(Duration.ofHours(48));
			}
			case "CANCELLED" -> {
				updated = created.plus(Duration.ofHours(1 + random.nextInt(20)));
				part.put("status", "CANCELLED");
				part.append("cancel", new Document("by", "BUYER").append("reason", "Ordered by mistake")
					.append("at", Date.from(updated)));
			}
			default -> {
				int roll = random.nextInt(100);
				String status = (roll < 75) ? "DELIVERED" : (roll < 88) ? "SHIPPED" : (roll < 95) ? "PACKED" : "PAID";
				part.put("status", status);
				Instant shipped = created.plus(Duration.ofHours(24 + random.nextInt(96)));
				updated = status.equals("PAID") ? created.plus(Duration.ofHours(3))
						: status.equals("PACKED") ? shipped.minus(Duration.ofHours(12)) : shipped;
				if (status.equals("SHIPPED") || status.equals("DELIVERED")) {
					part.append("shipment",
							new Document("carrier", "India Post")
								.append("trackingNumber", "EL%09dIN".formatted(random.nextInt(1_000_000_000)))
								.append("shippedAt", Date.from(shipped)));
				}
				if (status.equals("DELIVERED")) {
					updated = shipped.plus(Duration.ofDays(3 + random.nextInt(7)));
					part.append("deliveredAt", Date.from(updated));
				}
			}
		}
		part.put("updatedAt", Date.from(updated));
		return updated;
	}

}
