package ladakh.crafts.marketplace.orders;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import ladakh.crafts.marketplace.shared.Money;

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
 * @param total what the order costs
 * @param createdAt when placed
 * @param parts one per seller
 * @param heldUntil until when an unpaid order holds its pieces, or null
 * @param payment how to pay, as the payment was started (null before)
 */
public record OrderView(String id, String number, String buyerId, String contactName, String contactEmail,
		String contactLanguage, List<String> address, String paymentMethod, String gateway, String status, Money total,
		Instant createdAt, List<OrderPart> parts, Instant heldUntil, Order.Start payment) {

	static OrderView of(Order order, List<OrderPart> parts) {
		Order.Contact contact = (order.contact() != null) ? order.contact() : new Order.Contact(null, null, null);
		Order.Address shipping = (order.shippingAddress() != null) ? order.shippingAddress()
				: new Order.Address(null, null, null, null, null, null, null);
		List<String> address = Stream
			.of(shipping.name(), shipping.line1(), shipping.line2(), join(shipping.city(), shipping.district()),
					join(shipping.state(), shipping.pinCode()))
			.filter((line) -> line != null && !line.isBlank())
			.toList();
		return new OrderView(order.id(), order.number(), order.buyerId(), contact.name(), contact.email(),
				contact.language(), address, (order.paymentMethod() != null) ? order.paymentMethod().name() : null,
				order.gateway(), order.status().name(), order.total(), order.createdAt(), parts, order.reservedUntil(),
				order.start());
	}

	private static String join(String a, String b) {
		if (a == null || a.isBlank()) {
			return b;
		}
		return (b == null || b.isBlank()) ? a : a + ", " + b;
	}

}
