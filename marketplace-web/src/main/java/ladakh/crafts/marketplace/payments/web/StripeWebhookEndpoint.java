package ladakh.crafts.marketplace.payments.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.payments.stripe.StripeWebhooks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/stripe}. The body is taken as raw bytes: the signature covers
 * them exactly, so nothing may parse or re-encode them first. Without Stripe configured
 * no delivery can be verified: 400, like a bad signature.
 */
@RestController
class StripeWebhookEndpoint {

	private final ObjectProvider<StripeWebhooks> webhooks;

	StripeWebhookEndpoint(ObjectProvider<StripeWebhooks> webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping(PaymentsAccessRules.STRIPE_WEBHOOK)
	Mono<ResponseEntity<Map<String, String>>> receive(@RequestBody(required = false) byte[] body,
			@RequestHeader(name = "Stripe-Signature", required = false) String signature) {
		StripeWebhooks handler = this.webhooks.getIfAvailable();
		if (handler == null) {
			return Mono.just(ResponseEntity.badRequest()
				.body(Map.of("error", "Stripe is not configured on this server; no webhook can be verified.")));
		}
		String payload = (body != null) ? new String(body, StandardCharsets.UTF_8) : "";
		return handler.receive(payload, signature)
			.map((outcome) -> ResponseEntity.status(outcome.status())
				.body(Map.of((outcome.status() == 200) ? "outcome" : "error", outcome.outcome())));
	}

}
