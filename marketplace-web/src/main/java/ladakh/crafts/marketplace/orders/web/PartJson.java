package ladakh.crafts.marketplace.orders.web;

import java.time.Instant;
import java.util.List;

import ladakh.crafts.marketplace.orders.Part;

/**
 * A seller part as the API answers it.
 */
record PartJson(String id, String orderId, String orderNumber, String status, List<Part.Line> lines, long subtotalMinor,
		String currency, String carrier, String trackingNumber, Instant shippedAt, Instant deliveredAt, String cancelBy,
		String cancelReason, String refundStatus, Instant createdAt) {

	static PartJson of(Part part) {
		return new PartJson(part.id(), part.orderId(), part.orderNumber(), part.status(), part.lines(),
				part.subtotalMinor(), part.currency(), part.carrier(), part.trackingNumber(), part.shippedAt(),
				part.deliveredAt(), part.cancelBy(), part.cancelReason(), part.refundStatus(), part.createdAt());
	}

	/** The body of ship: carrier and tracking number. */
	record Shipment(String carrier, String trackingNumber) {

	}

	/** The body of cancel: why. */
	record Cancel(String reason) {

	}

}
