package ladakh.crafts.marketplace.orders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.shared.MobileNumber;
import ladakh.crafts.marketplace.shared.PinCode;

/**
 * Checks a checkout's contact and Indian shipping address: the 28 states and 8 union
 * territories (Ladakh among them), a 6-digit PIN code not starting with 0, a 10-digit
 * mobile number, and a maximum length for every free-text field. Errors are message keys
 * by field.
 */
public final class ShippingRules {

	/** The states and union territories, as written on an address. */
	public static final List<String> STATES = List.of("Andhra Pradesh", "Arunachal Pradesh", "Assam", "Bihar",
			"Chhattisgarh", "Goa", "Gujarat", "Haryana", "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala",
			"Madhya Pradesh", "Maharashtra", "Manipur", "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Punjab",
			"Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand", "West Bengal",
			"Andaman and Nicobar Islands", "Chandigarh", "Dadra and Nagar Haveli and Daman and Diu", "Delhi",
			"Jammu and Kashmir", "Ladakh", "Lakshadweep", "Puducherry");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** The most characters of a name, city or district. */
	public static final int MAX_SHORT = 100;

	/** The most characters of an address line. */
	public static final int MAX_LINE = 200;

	/** The most characters of an email address (RFC 5321's path limit). */
	public static final int MAX_EMAIL = 254;

	/** The most characters of a mobile number as typed (spaces, dashes, +91). */
	public static final int MAX_PHONE = 20;

	private ShippingRules() {
	}

	/** A mobile number as typed, as its ten digits ({@link MobileNumber}). */
	public static String mobile(String typed) {
		return MobileNumber.read(typed).map(MobileNumber::digits).orElse((typed != null) ? typed.strip() : "");
	}

	/** Field → message key; empty when everything is fine. */
	public static Map<String, String> check(Order.Contact contact, Order.Address address) {
		Map<String, String> errors = new LinkedHashMap<>();
		required(errors, "name", contact.name(), MAX_SHORT);
		if (contact.email() == null || contact.email().length() > MAX_EMAIL
				|| !EMAIL.matcher(contact.email().trim()).matches()) {
			errors.put("email", "checkout.error.email");
		}
		if (contact.phone() == null || contact.phone().length() > MAX_PHONE
				|| MobileNumber.read(contact.phone()).isEmpty()) {
			errors.put("phone", "checkout.error.phone");
		}
		if (address.name() != null && address.name().length() > MAX_SHORT && !errors.containsKey("name")) {
			errors.put("name", "checkout.error.tooLong.short");
		}
		required(errors, "line1", address.line1(), MAX_LINE);
		if (address.line2() != null && address.line2().length() > MAX_LINE) {
			errors.put("line2", "checkout.error.tooLong.line");
		}
		required(errors, "city", address.city(), MAX_SHORT);
		required(errors, "district", address.district(), MAX_SHORT);
		if (address.state() == null || !STATES.contains(address.state())) {
			errors.put("state", "checkout.error.state");
		}
		if (PinCode.read(address.pinCode()).isEmpty()) {
			errors.put("pinCode", "checkout.error.pinCode");
		}
		return errors;
	}

	private static void required(Map<String, String> errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.put(field, "checkout.error.required");
		}
		else if (value.length() > max) {
			errors.put(field, (max == MAX_LINE) ? "checkout.error.tooLong.line" : "checkout.error.tooLong.short");
		}
	}

}
