package ladakh.crafts.marketplace.orders;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;

/**
 * One seller's share of a buyer order, as the fulfilment pages and emails see it (the
 * {@code order_parts} document, docs/data-model.md).
 *
 * @param id {@code <orderId>-<n>}
 * @param orderId the buyer order
 * @param orderNumber e.g. {@code LC-2026-000123}
 * @param buyerId the buyer's user id
 * @param sellerId the seller
 * @param status AWAITING_PAYMENT, PAID, PACKED, SHIPPED, DELIVERED, CANCELLED, RETURNED
 * or EXPIRED
 * @param lines the items, prices frozen at checkout
 * @param subtotalMinor paise
 * @param currency {@code INR}
 * @param carrier the courier, once shipped
 * @param trackingNumber the courier's number, once shipped
 * @param shippedAt when shipped
 * @param deliveredAt when delivered
 * @param cancelBy {@code BUYER} or {@code SELLER}, once cancelled
 * @param cancelReason why
 * @param refundStatus REQUESTED, SUCCEEDED, PENDING or TO_PAY_OFFLINE, once cancelled
 * @param createdAt when ordered
 */
public record Part(String id, String orderId, String orderNumber, String buyerId, String sellerId, String status,
		List<Line> lines, long subtotalMinor, String currency, String carrier, String trackingNumber, Instant shippedAt,
		Instant deliveredAt, String cancelBy, String cancelReason, String refundStatus, Instant createdAt) {

	/** Statuses from which a part can still be cancelled (before shipping). */
	public static final List<String> CANCELLABLE = List.of("PAID", "PACKED");

	public boolean cancellable() {
		return CANCELLABLE.contains(this.status);
	}

	public boolean packable() {
		return "PAID".equals(this.status);
	}

	public boolean shippable() {
		return "PACKED".equals(this.status);
	}

	public boolean returnable() {
		return "DELIVERED".equals(this.status);
	}

	public boolean deliverable() {
		return "SHIPPED".equals(this.status);
	}

	static Part of(Document document) {
		Document shipment = document.get("shipment", Document.class);
		Document cancel = document.get("cancel", Document.class);
		Document refund = document.get("refund", Document.class);
		List<Line> lines = document.getList("lines", Document.class, List.of()).stream().map(Line::of).toList();
		return new Part(document.getString("_id"), document.getString("orderId"), document.getString("orderNumber"),
				document.getString("buyerId"), document.getString("sellerId"), document.getString("status"), lines,
				number(document, "subtotalMinor"), document.get("currency", "INR"),
				(shipment != null) ? shipment.getString("carrier") : null,
				(shipment != null) ? shipment.getString("trackingNumber") : null,
				(shipment != null) ? instant(shipment.getDate("shippedAt")) : null,
				instant(document.getDate("deliveredAt")), (cancel != null) ? cancel.getString("by") : null,
				(cancel != null) ? cancel.getString("reason") : null,
				(refund != null) ? refund.getString("status") : null, instant(document.getDate("createdAt")));
	}

	static long number(Document document, String field) {
		Number value = document.get(field, Number.class);
		return (value != null) ? value.longValue() : 0L;
	}

	static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	/**
	 * @param listingId the listing
	 * @param title its title at checkout
	 * @param quantity pieces
	 * @param unitPriceMinor paise each
	 * @param lineTotalMinor paise
	 * @param madeToOrder made after the order (reserved no stock)
	 */
	public record Line(String listingId, String title, int quantity, long unitPriceMinor, long lineTotalMinor,
			boolean madeToOrder) {

		static Line of(Document line) {
			Number quantity = line.get("quantity", Number.class);
			return new Line(line.getString("listingId"), title(line.get("title")),
					(quantity != null) ? quantity.intValue() : 0, number(line, "unitPriceMinor"),
					number(line, "lineTotalMinor"), Boolean.TRUE.equals(line.getBoolean("madeToOrder")));
		}

		private static String title(Object title) {
			if (title instanceof Document localized) {
				return localized.getString("en");
			}
			return (title != null) ? title.toString() : "";
		}

	}

}
