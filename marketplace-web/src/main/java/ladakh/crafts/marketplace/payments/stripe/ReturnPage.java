package ladakh.crafts.marketplace.payments.stripe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where Stripe sends the buyer back: {@code <public-url>/checkout/return?order=<id>}.
 */
record ReturnPage(String publicUrl) {

	ReturnPage {
		publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	String url(String orderId) {
		return this.publicUrl + "/checkout/return?order=" + URLEncoder.encode(orderId, StandardCharsets.UTF_8);
	}

}
