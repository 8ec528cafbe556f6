package ladakh.crafts.marketplace.payments.stripe;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stripe's webhook: verify the signature (HMAC-SHA256 over the raw body, timestamp within
 * the tolerance), record the event id once in {@code payment_events} (PROCESSING, under a
 * lease a redelivery takes over once it ran out), then act. Paying an order goes through
 * {@code orders.OrderPayments} (through {@link OrderPaymentDoor}), whose conditional
 * update never moves an order backwards; events that report a failure or an expiry only
 * touch this adapter's own session record, and only while it is still open.
 */
public class StripeWebhooks {

	static final String EVENTS = "payment_events";

	private static final String PROCESSING = "PROCESSING";

	private static final Logger logger = LoggerFactory.getLogger(StripeWebhooks.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final StripeProperties properties;

	private final ReactiveMongoTemplate mongo;

	private final StripeSessions sessions;

	private final OrderPaymentDoor orders;

	StripeWebhooks(StripeProperties properties, ReactiveMongoTemplate mongo, StripeSessions sessions,
			OrderPaymentDoor orders) {
		this.properties = properties;
		this.mongo = mongo;
		this.sessions = sessions;
		this.orders = orders;
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
		Instant now = Instant.now();
		Document record = new Document("_id", event.getId()).append("type", event.getType())
			.append("orderId", orderId)
			.append("receivedAt", now)
			.append("leasedAt", now)
			.append("outcome", PROCESSING);
		return this.mongo.insert(record, EVENTS)
			.thenReturn(true)
			.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.just(false))
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
		Date expired = Date.from(now.minus(this.properties.processingLease()));
		Query stale = Query.query(Criteria.where("_id")
			.is(event.getId())
			.and("outcome")
			.is(PROCESSING)
			.orOperator(Criteria.where("leasedAt").lt(expired),
					Criteria.where("leasedAt").exists(false).and("receivedAt").lt(expired)));
		Update takeOver = new Update().set("leasedAt", now).inc("takeovers", 1);
		return this.mongo.findAndModify(stale, takeOver, Document.class, EVENTS).flatMap((taken) -> {
			logger.warn("Stripe event {} was left PROCESSING since {}; handling it again", event.getId(),
					taken.get("leasedAt", taken.get("receivedAt")));
			return process(event, object, orderId);
		})
			.switchIfEmpty(Mono.defer(() -> this.mongo.findById(event.getId(), Document.class, EVENTS)
				.map((stored) -> PROCESSING.equals(stored.getString("outcome")) ? WebhookOutcome.inProgress()
						: WebhookOutcome.done("DUPLICATE"))
				// Removed meanwhile by a failed handler: Stripe's next delivery starts
				// over.
				.defaultIfEmpty(WebhookOutcome.inProgress())));
	}

	private Mono<WebhookOutcome> process(Event event, JsonNode object, String orderId) {
		Query byId = Query.query(Criteria.where("_id").is(event.getId()));
		return handle(event.getType(), object, orderId)
			.flatMap((outcome) -> this.mongo.updateFirst(byId, Update.update("outcome", outcome), EVENTS)
				.thenReturn(WebhookOutcome.done(outcome)))
			.onErrorResume((ex) -> {
				// Forget the event so Stripe's next delivery is processed (recording a
				// payment is idempotent), and answer 500 so it redelivers.
				logger.error("Stripe event {} could not be processed", event.getId(), ex);
				return this.mongo.remove(byId, EVENTS).thenReturn(new WebhookOutcome(500, "FAILED"));
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

	private Mono<String> pay(String orderId, JsonNode object, String amountField, String paymentIntentId) {
		JsonNode amount = object.path(amountField);
		String currency = string(object, "currency");
		if (!amount.isIntegralNumber() || currency == null) {
			return this.orders.flag(orderId, "A Stripe payment arrived without an amount or currency")
				.thenReturn("FLAGGED");
		}
		return this.orders
			.recordPayment(orderId, amount.longValue(), currency.toUpperCase(Locale.ROOT), paymentIntentId)
			.flatMap((outcome) -> switch (outcome) {
				case "PAID", "ALREADY_PAID" -> this.sessions.completed(orderId, paymentIntentId).thenReturn(outcome);
				default -> Mono.just(outcome);
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
