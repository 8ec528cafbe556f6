package ladakh.crafts.marketplace.orders.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checkout page's form as posted. Its rules are the ones the API's checkout follows
 * too (ShippingRules, the payment methods the cart's sellers offer), so they are checked
 * there, once, not annotated here.
 */
record CheckoutForm(String name, String email, String phone, String line1, String line2, String city, String district,
		String state, String pinCode, String paymentMethod, String key) {

	/**
	 * The fields as the page shows them again: every one present, blank when not sent.
	 */
	Map<String, String> asMap() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", text(this.name));
		form.put("email", text(this.email));
		form.put("phone", text(this.phone));
		form.put("line1", text(this.line1));
		form.put("line2", text(this.line2));
		form.put("city", text(this.city));
		form.put("district", text(this.district));
		form.put("state", text(this.state));
		form.put("pinCode", text(this.pinCode));
		form.put("paymentMethod", text(this.paymentMethod));
		form.put("key", text(this.key));
		return form;
	}

	private static String text(String typed) {
		return (typed != null) ? typed : "";
	}

}
