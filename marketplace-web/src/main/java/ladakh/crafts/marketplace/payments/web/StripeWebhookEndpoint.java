package ladakh.crafts.marketplace.payments.web;

import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Mono;

import ladakh.crafts.marketplace.payments.stripe.StripeWebhooks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /webhooks/stripe}. The body is taken as raw bytes: the signature covers
 * them exactly, so nothing may parse or re-encode them first. Without Stripe configured
 * no delivery can be verified: 400, like a bad signature.
 */
@RestController
class StripeWebhookEndpoint {

	private static final int MAX_BODY_BYTES = 512 * 1024;

	private final ObjectProvider<StripeWebhooks> webhooks;

	StripeWebhookEndpoint(ObjectProvider<StripeWebhooks> webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping(PaymentsAccessRules.STRIPE_WEBHOOK)
	Mono<ResponseEntity<String>> receive(ServerHttpRequest request,
			@RequestHeader(name = "Stripe-Signature", required = false) String signature) {
		StripeWebhooks handler = this.webhooks.getIfAvailable();
		if (handler == null) {
			return Mono.just(answer(400, "Stripe is not configured on this server; no webhook can be verified."));
		}
		return rawBody(request).flatMap((payload) -> handler.receive(payload, signature))
			.map((outcome) -> answer(outcome.status(), outcome.outcome()));
	}

	/** Plain text: Stripe only reads the status, and any Accept header gets an answer. */
	private static ResponseEntity<String> answer(int status, String text) {
		return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(text);
	}

	/**
	 * Whatever the content type says: the signature is over these exact bytes. Stripe's
	 * payloads are small; a limit keeps a stranger from sending megabytes.
	 */
	private static Mono<String> rawBody(ServerHttpRequest request) {
		return DataBufferUtils.join(request.getBody(), MAX_BODY_BYTES).map((buffer) -> {
			try {
				return buffer.toString(StandardCharsets.UTF_8);
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		})
			.defaultIfEmpty("")
			.onErrorMap(DataBufferLimitException.class,
					(ex) -> new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
							"A Stripe event is never this large."));
	}

}
