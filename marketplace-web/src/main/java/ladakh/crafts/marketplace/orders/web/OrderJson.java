package ladakh.crafts.marketplace.orders.web;

import java.time.Instant;
import java.util.List;

import ladakh.crafts.marketplace.orders.Order;
import ladakh.crafts.marketplace.orders.OrderPart;
import ladakh.crafts.marketplace.orders.Orders;

/**
 * The order as the API answers it (docs/api.md): amounts in paise with a currency; the
 * total is what the buyer pays, every part's pieces and shipping.
 */
record OrderJson(String id, String number, String status, long totalMinor, String currency, String paymentMethod,
		String gateway, Instant reservedUntil, Order.Contact contact, Order.Address shippingAddress, Payment payment,
		List<Part> parts, Instant createdAt) {

	record Payment(String redirectUrl, String method, String payee, String account, String reference, String note) {
	}

	/**
	 * A seller's part: {@code subtotalMinor} its pieces, {@code shippingMinor} the fee
	 * frozen at checkout, {@code totalMinor} both.
	 */
	record Part(String id, String sellerId, String status, long subtotalMinor, long shippingMinor, long totalMinor,
			List<Line> lines) {
	}

	record Line(String listingId, String title, String craft, int quantity, long unitPriceMinor, long lineTotalMinor,
			boolean madeToOrder, Integer leadTimeDays) {

		static Line of(OrderPart.Line line) {
			return new Line(line.listingId(), line.title(), line.craft(), line.quantity(), line.unitPrice().minor(),
					line.lineTotal().minor(), line.madeToOrder(), line.leadTimeDays());
		}

	}

	static OrderJson of(Orders.PlacedOrder placed) {
		Order order = placed.order();
		Order.Start start = order.start();
		Payment payment = (start != null) ? new Payment(start.redirectUrl(), start.method(), start.payee(),
				start.account(), start.reference(), start.note()) : null;
		return new OrderJson(order.id(), order.number(), order.status().name(), order.total().minor(),
				order.total().currency().getCurrencyCode(),
				(order.paymentMethod() != null) ? order.paymentMethod().name() : null, order.gateway(),
				order.reservedUntil(), order.contact(), order.shippingAddress(), payment,
				placed.parts()
					.stream()
					.map((part) -> new Part(part.id(), part.sellerId(), part.status().name(), part.subtotal().minor(),
							part.shipping().minor(), part.total().minor(),
							part.lines().stream().map(Line::of).toList()))
					.toList(),
				order.createdAt());
	}

}
