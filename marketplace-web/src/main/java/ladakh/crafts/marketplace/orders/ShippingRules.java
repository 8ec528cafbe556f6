package ladakh.crafts.marketplace.orders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a checkout's contact and Indian shipping address: the 28 states and 8 union
 * territories (Ladakh among them), a 6-digit PIN code not starting with 0, a 10-digit
 * mobile number. Errors are message keys by field.
 */
public final class ShippingRules {

	/** The states and union territories, as written on an address. */
	public static final List<String> STATES = List.of("Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar",
			"Chhattisgarh", "Goa", "Gujarat", "Haryana", "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala",
			"Madhya Pradesh", "Maharashtra", "Manipur", "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Punjab",
			"Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand", "West Bengal",
			"Andaman and Nicobar Islands", "Chandigarh", "Dadra and Nagar Haveli and Daman and Diu", "Delhi",
			"Jammu and Kashmir", "Ladakh", "Lakshadweep", "Puducherry");

	private static final Pattern PIN = Pattern.compile("[1-9][0-9]{5}");

	private static final Pattern MOBILE = Pattern.compile("[6-9][0-9]{9}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private ShippingRules() {
	}

	/** A mobile number as typed, without spaces, dashes or a +91 / 0 prefix. */
	public static String mobile(String typed) {
		if (typed == null) {
			return "";
		}
		String digits = typed.replaceAll("[\\s-]", "");
		if (digits.startsWith("+91")) {
			digits = digits.substring(3);
		}
		else if (digits.length() == 11 && digits.startsWith("0")) {
			digits = digits.substring(1);
		}
		return digits;
	}

	/** Field → message key; empty when everything is fine. */
	public static Map<String, String> check(Order.Contact contact, Order.Address address) {
		Map<String, String> errors = new LinkedHashMap<>();
		required(errors, "name", contact.name());
		if (contact.email() == null || !EMAIL.matcher(contact.email().trim()).matches()) {
			errors.put("email", "checkout.error.email");
		}
		if (!MOBILE.matcher(mobile(contact.phone())).matches()) {
			errors.put("phone", "checkout.error.phone");
		}
		required(errors, "line1", address.line1());
		required(errors, "city", address.city());
		required(errors, "district", address.district());
		if (address.state() == null || !STATES.contains(address.state())) {
			errors.put("state", "checkout.error.state");
		}
		if (address.pinCode() == null || !PIN.matcher(address.pinCode().trim()).matches()) {
			errors.put("pinCode", "checkout.error.pinCode");
		}
		return errors;
	}

	private static void required(Map<String, String> errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.put(field, "checkout.error.required");
		}
	}

}
