package ladakh.crafts.marketplace.orders;

import java.time.Instant;
import java.util.List;

import org.bson.Document;

/**
 * One seller's part of an order, as stored in {@code order_parts} ({@code _id}
 * {@code <orderId>-<n>}). Prices are frozen at checkout.
 */
public record OrderPart(String id, String orderId, String orderNumber, String buyerId, String sellerId,
		PartStatus status, List<Line> lines, long subtotalMinor, String currency, Instant createdAt,
		Instant updatedAt) {

	public static final String COLLECTION = "order_parts";

	public record Line(String listingId, String title, String craft, int quantity, long unitPriceMinor,
			long lineTotalMinor, boolean madeToOrder, Integer leadTimeDays) {

		public Document document() {
			return new Document("listingId", this.listingId).append("title", this.title)
				.append("craft", this.craft)
				.append("quantity", this.quantity)
				.append("unitPriceMinor", this.unitPriceMinor)
				.append("lineTotalMinor", this.lineTotalMinor)
				.append("madeToOrder", this.madeToOrder)
				.append("leadTimeDays", this.leadTimeDays);
		}

		static Line of(Document document) {
			Number lead = document.get("leadTimeDays", Number.class);
			return new Line(document.getString("listingId"), document.getString("title"), document.getString("craft"),
					document.get("quantity", Number.class).intValue(), Order.longOf(document.get("unitPriceMinor")),
					Order.longOf(document.get("lineTotalMinor")),
					Boolean.TRUE.equals(document.getBoolean("madeToOrder")), (lead != null) ? lead.intValue() : null);
		}

	}

	public static OrderPart of(Document document) {
		return new OrderPart(document.getString("_id"), document.getString("orderId"),
				document.getString("orderNumber"), document.getString("buyerId"), document.getString("sellerId"),
				PartStatus.valueOf(document.getString("status")),
				document.getList("lines", Document.class, List.of()).stream().map(Line::of).toList(),
				Order.longOf(document.get("subtotalMinor")), document.getString("currency"),
				Order.instant(document.get("createdAt")), Order.instant(document.get("updatedAt")));
	}

}
