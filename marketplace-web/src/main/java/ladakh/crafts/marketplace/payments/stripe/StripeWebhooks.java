package ladakh.crafts.marketplace.payments.stripe;

import java.time.Instant;
import java.util.Locale;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import ladakh.crafts.marketplace.payments.PaymentSucceeded;
import ladakh.crafts.marketplace.payments.PaymentUnmatched;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Stripe's webhook: verify the signature (HMAC-SHA256 over the raw body, timestamp within
 * the tolerance), record the event id once ({@link PaymentEventRepository}: PROCESSING,
 * under a lease a redelivery takes over once it ran out), then act. A payment is
 * published as a {@link PaymentSucceeded} event that the orders area records (its
 * conditional update never moves an order backwards); the delivery is acknowledged only
 * once that is done. Events that report a failure or an expiry only touch this adapter's
 * own session record, and only while it is still open.
 */
public class StripeWebhooks {

	private static final Logger logger = LoggerFactory.getLogger(StripeWebhooks.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final StripeProperties properties;

	private final PaymentEventRepository events;

	private final StripeSessionRepository sessions;

	private final ApplicationEventPublisher publisher;

	StripeWebhooks(StripeProperties properties, PaymentEventRepository events, StripeSessionRepository sessions,
			ApplicationEventPublisher publisher) {
		this.properties = properties;
		this.events = events;
		this.sessions = sessions;
		this.publisher = publisher;
	}

	/**
	 * Handles one delivery.
	 * @param payload the raw body, exactly as received
	 * @param signature the {@code Stripe-Signature} header, or {@code null}
	 * @return what to answer
	 */
	public Mono<WebhookOutcome> receive(String payload, String signature) {
		Event event;
		try {
			event = Webhook.constructEvent(payload, (signature != null) ? signature : "",
					this.properties.webhookSecret(), this.properties.tolerance().toSeconds());
		}
		catch (SignatureVerificationException | RuntimeException ex) {
			logger.warn("Refused a Stripe webhook: {}", ex.getMessage());
			return Mono.just(WebhookOutcome.refused("The Stripe-Signature header does not verify this payload."));
		}
		JsonNode object = dataObject(payload);
		String orderId = orderId(object);
		return this.events.begin(event.getId(), event.getType(), orderId, Instant.now())
			.flatMap((first) -> first ? process(event, object, orderId) : seenBefore(event, object, orderId));
	}

	/**
	 * The event was recorded before. Handled: a duplicate. Still PROCESSING past its
	 * lease: the process handling it died, so this delivery takes it over, by one
	 * conditional update on the old lease (two redeliveries cannot both win it) and
	 * handles it again (handling is idempotent). Still within its lease: not done, so not
	 * a 2xx; Stripe delivers again later.
	 */
	private Mono<WebhookOutcome> seenBefore(Event event, JsonNode object, String orderId) {
		Instant now = Instant.now();
		return this.events.takeOver(event.getId(), now.minus(this.properties.processingLease()), now)
			.flatMap((leasedAt) -> {
				logger.warn("Stripe event {} was left PROCESSING since {}; handling it again", event.getId(), leasedAt);
				return process(event, object, orderId);
			})
			.switchIfEmpty(Mono.defer(() -> this.events.outcome(event.getId())
				.map((outcome) -> PaymentEventRepository.PROCESSING.equals(outcome) ? WebhookOutcome.inProgress()
						: WebhookOutcome.done("DUPLICATE"))
				// Removed meanwhile by a failed handler: Stripe's next delivery starts
				// over.
				.defaultIfEmpty(WebhookOutcome.inProgress())));
	}

	private Mono<WebhookOutcome> process(Event event, JsonNode object, String orderId) {
		return handle(event.getType(), object, orderId)
			.flatMap((outcome) -> this.events.finish(event.getId(), outcome).thenReturn(WebhookOutcome.done(outcome)))
			.onErrorResume((ex) -> {
				// Forget the event so Stripe's next delivery is processed (recording a
				// payment is idempotent), and answer 500 so it redelivers.
				logger.error("Stripe event {} could not be processed", event.getId(), ex);
				return this.events.forget(event.getId()).thenReturn(new WebhookOutcome(500, "FAILED"));
			});
	}

	private Mono<String> handle(String type, JsonNode object, String orderId) {
		if (orderId == null) {
			return Mono.just(known(type) ? "NO_ORDER" : "IGNORED");
		}
		return switch (type) {
			case "checkout.session.completed",
					"checkout.session.async_payment_succeeded" ->
				"paid".equals(string(object, "payment_status"))
						? pay(orderId, object, "amount_total", string(object, "payment_intent"))
						: Mono.just("AWAITING_ASYNC_PAYMENT");
			case "payment_intent.succeeded" -> pay(orderId, object, "amount_received", string(object, "id"));
			case "checkout.session.expired" ->
				this.sessions.expired(orderId, string(object, "id")).thenReturn("SESSION_EXPIRED");
			case "checkout.session.async_payment_failed", "payment_intent.payment_failed" ->
				this.sessions.paymentFailed(orderId).thenReturn("PAYMENT_FAILED");
			default -> Mono.just("IGNORED");
		};
	}

	/**
	 * Tells the orders area (by a {@link PaymentSucceeded} event, or
	 * {@link PaymentUnmatched} when it cannot be read as money of the order's currency)
	 * and waits for it to be recorded before the delivery is acknowledged.
	 */
	private Mono<String> pay(String orderId, JsonNode object, String amountField, String paymentIntentId) {
		JsonNode amount = object.path(amountField);
		String currency = string(object, "currency");
		if (!amount.isIntegralNumber() || currency == null) {
			return unmatched(orderId, "A Stripe payment arrived without an amount or currency");
		}
		Money paid;
		try {
			paid = Money.of(amount.longValue(), currency.toUpperCase(Locale.ROOT));
		}
		catch (Refusal ex) {
			return unmatched(orderId, "Payment " + paymentIntentId + " of " + amount.longValue() + " "
					+ currency.toUpperCase(Locale.ROOT) + " is not in the order's currency");
		}
		return Mono.defer(() -> {
			PaymentSucceeded succeeded = new PaymentSucceeded(orderId, paid, paymentIntentId, StripeGateway.NAME);
			this.publisher.publishEvent(succeeded);
			return succeeded.outcome();
		}).flatMap((outcome) -> switch (outcome) {
			case "PAID", "ALREADY_PAID" -> this.sessions.completed(orderId, paymentIntentId).thenReturn(outcome);
			default -> Mono.just(outcome);
		});
	}

	private Mono<String> unmatched(String orderId, String reason) {
		return Mono.defer(() -> {
			PaymentUnmatched unmatched = new PaymentUnmatched(orderId, reason);
			this.publisher.publishEvent(unmatched);
			return unmatched.outcome();
		});
	}

	private static boolean known(String type) {
		return type.startsWith("checkout.session.") || type.startsWith("payment_intent.");
	}

	private static JsonNode dataObject(String payload) {
		try {
			return json.readTree(payload).path("data").path("object");
		}
		catch (RuntimeException ex) {
			return json.createObjectNode();
		}
	}

	/**
	 * Sessions carry it as client_reference_id; sessions and PaymentIntents in metadata.
	 */
	private static String orderId(JsonNode object) {
		String reference = string(object, "client_reference_id");
		return (reference != null) ? reference : string(object.path("metadata"), "orderId");
	}

	private static String string(JsonNode object, String field) {
		JsonNode value = object.path(field);
		return value.isString() ? value.asString() : null;
	}

}
