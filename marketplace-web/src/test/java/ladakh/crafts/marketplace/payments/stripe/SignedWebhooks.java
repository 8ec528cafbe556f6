package ladakh.crafts.marketplace.payments.stripe;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook deliveries as Stripe signs them: {@code Stripe-Signature: t=<unix
 * seconds>,v1=<hex HMAC-SHA256 of "<t>.<payload>" with the endpoint's secret>}.
 */
public final class SignedWebhooks {

	private SignedWebhooks() {
	}

	public static String signature(String payload, String secret, long timestamp) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
			return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static long now() {
		return System.currentTimeMillis() / 1000;
	}

	/** A checkout.session.completed event for an order. */
	public static String sessionCompleted(String eventId, String orderId, String sessionId, long amount,
			String currency, String paymentIntent) {
		return sessionPaid(eventId, "checkout.session.completed", orderId, sessionId, amount, currency, paymentIntent);
	}

	/**
	 * A delayed method (a bank debit, say) settled after the session completed unpaid.
	 */
	public static String asyncPaymentSucceeded(String eventId, String orderId, String sessionId, long amount,
			String currency, String paymentIntent) {
		return sessionPaid(eventId, "checkout.session.async_payment_succeeded", orderId, sessionId, amount, currency,
				paymentIntent);
	}

	/** The PaymentIntent of an order's session succeeded. */
	public static String paymentIntentSucceeded(String eventId, String orderId, String paymentIntent, long amount,
			String currency) {
		return event(eventId, "payment_intent.succeeded",
				"{\"id\":\"" + paymentIntent + "\",\"object\":\"payment_intent\",\"metadata\":{\"orderId\":\"" + orderId
						+ "\"},\"amount\":" + amount + ",\"amount_received\":" + amount + ",\"currency\":\"" + currency
						+ "\",\"status\":\"succeeded\"}");
	}

	private static String sessionPaid(String eventId, String type, String orderId, String sessionId, long amount,
			String currency, String paymentIntent) {
		return event(eventId, type,
				"{\"id\":\"" + sessionId + "\",\"object\":\"checkout.session\",\"client_reference_id\":\"" + orderId
						+ "\",\"metadata\":{\"orderId\":\"" + orderId + "\"},\"amount_total\":" + amount
						+ ",\"currency\":\"" + currency + "\",\"payment_status\":\"paid\",\"status\":\"complete\","
						+ "\"payment_intent\":\"" + paymentIntent + "\"}");
	}

	public static String sessionExpired(String eventId, String orderId, String sessionId) {
		return event(eventId, "checkout.session.expired",
				"{\"id\":\"" + sessionId + "\",\"object\":\"checkout.session\",\"client_reference_id\":\"" + orderId
						+ "\",\"payment_status\":\"unpaid\",\"status\":\"expired\"}");
	}

	public static String paymentFailed(String eventId, String orderId, String paymentIntent) {
		return event(eventId, "payment_intent.payment_failed",
				"{\"id\":\"" + paymentIntent + "\",\"object\":\"payment_intent\",\"metadata\":{\"orderId\":\"" + orderId
						+ "\"},\"amount\":1,\"currency\":\"inr\",\"status\":\"requires_payment_method\"}");
	}

	public static String event(String eventId, String type, String object) {
		return "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"api_version\":\"2025-11-17.clover\",\"created\":"
				+ now() + ",\"livemode\":false,\"type\":\"" + type + "\",\"data\":{\"object\":" + object + "}}";
	}

}
