package ladakh.crafts.marketplace.orders;

import java.time.Instant;
import java.util.List;

import org.bson.Document;

/**
 * A buyer order with its seller parts, for the buyer's pages, the invoice and the emails.
 *
 * @param id {@code ord-<uuid>}
 * @param number e.g. {@code LC-2026-000123}
 * @param buyerId the buyer's user id
 * @param contactName the buyer's name
 * @param contactEmail the buyer's email, or null
 * @param contactLanguage the language the buyer ordered in ({@code en} or {@code hi})
 * @param address the shipping address, one line per entry
 * @param paymentMethod the chosen {@code PaymentMethod}
 * @param gateway {@code OFFLINE} or {@code STRIPE}
 * @param status the order's status
 * @param totalMinor paise
 * @param currency {@code INR}
 * @param createdAt when placed
 * @param parts one per seller
 */
public record OrderView(String id, String number, String buyerId, String contactName, String contactEmail,
		String contactLanguage, List<String> address, String paymentMethod, String gateway, String status,
		long totalMinor, String currency, Instant createdAt, List<Part> parts) {

	static OrderView of(Document order, List<Part> parts) {
		Document contact = order.get("contact", new Document());
		Document shipping = order.get("shippingAddress", new Document());
		List<String> address = java.util.stream.Stream
			.of(shipping.getString("name"), shipping.getString("line1"), shipping.getString("line2"),
					join(shipping.getString("city"), shipping.getString("district")),
					join(shipping.getString("state"), shipping.getString("pinCode")))
			.filter((line) -> line != null && !line.isBlank())
			.toList();
		return new OrderView(order.getString("_id"), order.getString("number"), order.getString("buyerId"),
				contact.getString("name"), contact.getString("email"),
				"hi".equals(contact.getString("language")) ? "hi" : "en", address, order.getString("paymentMethod"),
				order.getString("gateway"), order.getString("status"), Part.number(order, "totalMinor"),
				order.get("currency", "INR"), Part.instant(order.getDate("createdAt")), parts);
	}

	private static String join(String a, String b) {
		if (a == null || a.isBlank()) {
			return b;
		}
		return (b == null || b.isBlank()) ? a : a + ", " + b;
	}

}
