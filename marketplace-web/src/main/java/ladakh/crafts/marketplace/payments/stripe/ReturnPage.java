package ladakh.crafts.marketplace.payments.stripe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import ladakh.crafts.marketplace.payments.PaymentSubjects;

/**
 * Where Stripe sends the buyer back: {@code <public-url>/checkout/return?order=<id>}; a
 * seller paying a stall fee, to their exhibitions page.
 */
record ReturnPage(String publicUrl) {

	ReturnPage {
		publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	String url(String orderId) {
		if (PaymentSubjects.isStallFee(orderId)) {
			// A seller paying a stall fee goes back to their exhibitions page.
			return this.publicUrl + PaymentSubjects.STALL_FEE_RETURN;
		}
		return this.publicUrl + "/checkout/return?order=" + URLEncoder.encode(orderId, StandardCharsets.UTF_8);
	}

}
