package ladakh.crafts.marketplace.orders.web;

import java.util.Map;

import ladakh.crafts.marketplace.orders.Order;

/** Fills a new checkout form from the buyer's last order: the address and the phone. */
final class LastAddress {

	private LastAddress() {
	}

	static void fill(Map<String, String> form, Order last) {
		Order.Address address = last.shippingAddress();
		put(form, "name", address.name());
		put(form, "line1", address.line1());
		put(form, "line2", address.line2());
		put(form, "city", address.city());
		put(form, "district", address.district());
		put(form, "state", address.state());
		put(form, "pinCode", address.pinCode());
		if (last.contact() != null) {
			put(form, "phone", last.contact().phone());
			put(form, "email", last.contact().email());
		}
	}

	private static void put(Map<String, String> form, String field, String value) {
		if (value != null && !value.isBlank()) {
			form.put(field, value);
		}
	}

}
