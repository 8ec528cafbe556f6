package ladakh.crafts.marketplace.orders;

import java.util.List;

import ladakh.crafts.marketplace.payments.PaymentMethod;

/**
 * A checked checkout: who, where to, how to pay, what (the cart's lines).
 *
 * @param key the idempotency key: the same key never makes a second order
 */
public record CheckoutRequest(String key, String buyerId, Order.Contact contact, Order.Address address,
		PaymentMethod method, List<CartLine> lines, String returnUrl) {

	/** A listing and how many. */
	public record CartLine(String listingId, int quantity) {
	}

}
