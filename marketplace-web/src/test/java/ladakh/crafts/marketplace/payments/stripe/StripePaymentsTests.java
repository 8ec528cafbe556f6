package ladakh.crafts.marketplace.payments.stripe;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import ladakh.crafts.marketplace.payments.PaymentGateway;
import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.payments.RefundRequest;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.payments.RefundResult;
import ladakh.crafts.marketplace.testsupport.Concurrently;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The Stripe adapter end to end against a local fake Stripe server: Checkout Session,
 * signed webhooks, the return page, the retry after an outage, and refunds.
 */
@MockServerTest
@TestPropertySource(properties = { "marketplace.payments.stripe.secret-key=sk_test_fake_for_tests",
		"marketplace.payments.stripe.webhook-secret=" + StripePaymentsTests.WEBHOOK_SECRET,
		"marketplace.public-url=http://shop.test" })
class StripePaymentsTests {

	static final String WEBHOOK_SECRET = "whsec_test_secret_for_tests";

	private static final FakeStripe stripe = FakeStripe.start();

	private static final String BUYER = SignedIn.buyer().id();

	@DynamicPropertySource
	static void stripeApi(DynamicPropertyRegistry registry) {
		registry.add("marketplace.payments.stripe.api-base", stripe::url);
	}

	@AfterAll
	static void stopStripe() {
		stripe.close();
	}

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	List<PaymentGateway> gateways;

	@Test
	void aCardOrderIsPaidThroughStripeCheckoutAndTheSignedWebhookAndTheReturnPageSaysSo() {
		String order = order(BUYER, 250_000L);
		String redirect = pay(order).expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		List<FakeStripe.Received> calls = sessionCalls(order);
		assertThat(calls).hasSize(1);
		FakeStripe.Received call = calls.get(0);
		assertThat(call.idempotencyKey()).isEqualTo("checkout:" + order + ":1");
		assertThat(call.form()).containsEntry("mode", "payment")
			.containsEntry("client_reference_id", order)
			.containsEntry("metadata[orderId]", order)
			.containsEntry("line_items[0][price_data][unit_amount]", "250000")
			.containsEntry("line_items[0][price_data][currency]", "inr")
			.containsEntry("success_url", "http://shop.test/checkout/return?order=" + order);
		String sessionId = stripe.created("cs_")
			.stream()
			.filter((id) -> redirect.equals(FakeStripe.sessionUrl(id)))
			.findFirst()
			.orElseThrow();
		assertThat(returnPage(order).getResponseHeaders().getFirst("Refresh")).isEqualTo("5");

		webhook(SignedWebhooks.sessionCompleted(event(), order, sessionId, 250_000L, "inr", "pi_" + order))
			.expectStatus()
			.isOk();

		Document paid = stored(order);
		assertThat(paid.getString("status")).isEqualTo("PAID");
		assertThat(paid.get("payment", Document.class).getString("reference")).isEqualTo("pi_" + order);
		assertThat(paid.get("payment", Document.class).getString("source")).isEqualTo("STRIPE");
		EntityExchangeResult<String> page = returnPage(order);
		assertThat(page.getResponseBody()).contains("the order is paid").contains("data-state=\"PAID\"");
		assertThat(page.getResponseHeaders().getFirst("Refresh")).isNull();
	}

	@Test
	void theSameWebhookEventDeliveredTwiceIsProcessedOnce() {
		String order = order(BUYER, 99_900L);
		String event = event();
		String payload = SignedWebhooks.sessionCompleted(event, order, "cs_dup_" + order, 99_900L, "inr", "pi_dup");
		String first = webhook(payload).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		String second = webhook(payload).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(first).contains("PAID");
		assertThat(second).contains("DUPLICATE");
		assertThat(this.mongo.count(Query.query(Criteria.where("_id").is(event)), "payment_events").block())
			.isEqualTo(1);
		assertThat(this.mongo.findById(event, Document.class, "payment_events").block().getString("outcome"))
			.isEqualTo("PAID");
		assertThat(stored(order).getString("status")).isEqualTo("PAID");
	}

	@Test
	void anEventLeftProcessingByACrashIsTakenOverOnceItsLeaseRanOutAndTheRedeliveryPaysTheOrder() {
		String order = order(BUYER, 45_000L);
		String event = event();
		processing(event, order, Instant.now().minus(Duration.ofMinutes(10)));

		webhook(SignedWebhooks.sessionCompleted(event, order, "cs_crash", 45_000L, "inr", "pi_crash")).expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).isEqualTo("PAID"));

		assertThat(stored(order).getString("status")).isEqualTo("PAID");
		assertThat(this.mongo.findById(event, Document.class, "payment_events").block().getString("outcome"))
			.isEqualTo("PAID");
	}

	@Test
	void anEventStillProcessingWithinItsLeaseIsAnsweredWithARetryableConflictNotAsADuplicate() {
		String order = order(BUYER, 46_000L);
		String event = event();
		processing(event, order, Instant.now());

		webhook(SignedWebhooks.sessionCompleted(event, order, "cs_busy", 46_000L, "inr", "pi_busy")).expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.value((body) -> assertThat(body).isEqualTo("IN_PROGRESS"));

		assertThat(stored(order).getString("status")).isEqualTo("AWAITING_PAYMENT");
		assertThat(this.mongo.findById(event, Document.class, "payment_events").block().getString("outcome"))
			.isEqualTo("PROCESSING");
	}

	@Test
	void twoRedeliveriesOfAnEventLeftProcessingCannotBothTakeItOver() {
		String order = order(BUYER, 47_000L);
		String event = event();
		processing(event, order, Instant.now().minus(Duration.ofMinutes(10)));
		String payload = SignedWebhooks.sessionCompleted(event, order, "cs_twice", 47_000L, "inr", "pi_twice");

		List<String> answers = Concurrently.run(2,
				() -> webhook(payload).returnResult(String.class)
					.getResponseBody()
					.collectList()
					.map((parts) -> String.join("", parts))
					.block());

		assertThat(answers).containsOnlyOnce("PAID").doesNotContain("ALREADY_PAID");
		assertThat(stored(order).getString("status")).isEqualTo("PAID");
	}

	@Test
	void aLateExpiryOrFailureDoesNotMoveAPaidOrderBack() {
		String order = order(BUYER, 120_000L);
		pay(order).expectStatus().is3xxRedirection();
		String sessionId = this.mongo.findById(order, Document.class, StripeSessionRepository.COLLECTION)
			.block()
			.getString("sessionId");
		webhook(SignedWebhooks.sessionCompleted(event(), order, sessionId, 120_000L, "inr", "pi_late")).expectStatus()
			.isOk();

		webhook(SignedWebhooks.sessionExpired(event(), order, sessionId)).expectStatus().isOk();
		webhook(SignedWebhooks.paymentFailed(event(), order, "pi_late")).expectStatus().isOk();

		assertThat(stored(order).getString("status")).isEqualTo("PAID");
		assertThat(this.mongo.findById(order, Document.class, StripeSessionRepository.COLLECTION)
			.block()
			.getString("status")).isEqualTo(StripeSession.COMPLETED);
		assertThat(returnPage(order).getResponseBody()).contains("data-state=\"PAID\"");
	}

	@Test
	void aWebhookWithABadSignatureIsRefusedAndChangesNothing() {
		String order = order(BUYER, 50_000L);
		String event = event();
		String payload = SignedWebhooks.sessionCompleted(event, order, "cs_bad", 50_000L, "inr", "pi_bad");
		String signedByOthers = SignedWebhooks.signature(payload, "whsec_someone_else", SignedWebhooks.now());
		webhook(payload, signedByOthers).expectStatus().isBadRequest();
		String tampered = payload.replace("50000", "5000000");
		webhook(tampered, SignedWebhooks.signature(payload, WEBHOOK_SECRET, SignedWebhooks.now())).expectStatus()
			.isBadRequest();
		webhook(payload, null).expectStatus().isBadRequest();

		assertThat(stored(order).getString("status")).isEqualTo("AWAITING_PAYMENT");
		assertThat(this.mongo.findById(event, Document.class, "payment_events").block()).isNull();
	}

	@Test
	void aWebhookSignedLongerAgoThanTheToleranceIsRefusedAndChangesNothing() {
		String order = order(BUYER, 50_000L);
		String event = event();
		String payload = SignedWebhooks.sessionCompleted(event, order, "cs_stale", 50_000L, "inr", "pi_stale");
		long tenMinutesAgo = SignedWebhooks.now() - 600;
		webhook(payload, SignedWebhooks.signature(payload, WEBHOOK_SECRET, tenMinutesAgo)).expectStatus()
			.isBadRequest();

		assertThat(stored(order).getString("status")).isEqualTo("AWAITING_PAYMENT");
		assertThat(this.mongo.findById(event, Document.class, "payment_events").block()).isNull();
	}

	@Test
	void aPaymentOfTheWrongAmountOrCurrencyFlagsTheOrderInsteadOfPayingIt() {
		String shortPaid = order(BUYER, 75_000L);
		webhook(SignedWebhooks.sessionCompleted(event(), shortPaid, "cs_short", 74_999L, "inr", "pi_short"))
			.expectStatus()
			.isOk();
		String otherCurrency = order(BUYER, 75_000L);
		webhook(SignedWebhooks.sessionCompleted(event(), otherCurrency, "cs_usd", 75_000L, "usd", "pi_usd"))
			.expectStatus()
			.isOk();

		assertThat(stored(shortPaid).getString("status")).isEqualTo("PAYMENT_FLAGGED");
		assertThat(stored(otherCurrency).getString("status")).isEqualTo("PAYMENT_FLAGGED");
		assertThat(returnPage(shortPaid).getResponseBody()).contains("data-state=\"FLAGGED\"");
	}

	@Test
	void aStripeOutageWhileStartingShowsAClearMessageKeepsTheOrderPayableAndTheRetryMakesNoSecondSession() {
		String order = order(BUYER, 180_000L);
		// Stripe makes the session but the answer is lost: the worst case for a retry.
		stripe.failNextAfterCreating();
		String page = pay(order).expectStatus()
			.isEqualTo(503)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("Card payments cannot be reached right now. Your order is kept");
		assertThat(stored(order).getString("status")).isEqualTo("AWAITING_PAYMENT");
		assertThat(returnPage(order).getResponseBody()).contains("data-state=\"FAILED\"")
			.contains("/orders/" + order + "/pay");

		String redirect = pay(order).expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();

		List<FakeStripe.Received> calls = sessionCalls(order);
		assertThat(calls).hasSize(2);
		assertThat(calls).extracting(FakeStripe.Received::idempotencyKey).containsOnly("checkout:" + order + ":1");
		String key = "checkout:" + order + ":1";
		assertThat(redirect).isEqualTo(FakeStripe.sessionUrl(createdUnder(key)));
		assertThat(stripe.created("cs_").stream().filter((id) -> redirect.endsWith("/" + id))).hasSize(1);
		assertThat(stored(order).getString("status")).isEqualTo("AWAITING_PAYMENT");
	}

	@Test
	void anOutageBeforeStripeCreatesAnythingLeavesTheOrderPayable() {
		String order = order(BUYER, 60_000L);
		stripe.failNextBeforeCreating();
		pay(order).expectStatus().isEqualTo(503);
		assertThat(stored(order).getString("status")).isEqualTo("AWAITING_PAYMENT");
		pay(order).expectStatus().is3xxRedirection();
		assertThat(sessionCalls(order)).extracting(FakeStripe.Received::idempotencyKey)
			.containsExactly("checkout:" + order + ":1", "checkout:" + order + ":1");
	}

	@Test
	void aRefundGoesThroughStripesApiUnderItsIdempotencyKeyOnce() {
		PaymentGateway gateway = this.gateways.stream()
			.filter((it) -> it.name().equals("STRIPE"))
			.findFirst()
			.orElseThrow();
		assertThat(gateway.methods()).containsExactly(PaymentMethod.CARD);
		String key = "refund:ord-" + UUID.randomUUID() + "-1";
		RefundRequest request = new RefundRequest("ord-r", "ord-r-1", Money.paise(40_000L), key, "pi_refund_me");
		RefundResult first = gateway.refund(request).block();
		RefundResult again = gateway.refund(request).block();

		assertThat(first.status()).isEqualTo("SUCCEEDED");
		assertThat(again.externalId()).isEqualTo(first.externalId());
		List<FakeStripe.Received> calls = stripe.requests("/v1/refunds")
			.stream()
			.filter((call) -> key.equals(call.idempotencyKey()))
			.toList();
		assertThat(calls).hasSize(2);
		assertThat(calls.get(0).form()).containsEntry("payment_intent", "pi_refund_me")
			.containsEntry("amount", "40000");
		assertThat(createdUnder(key)).isEqualTo(first.externalId());
	}

	@Test
	void anotherBuyersOrderIsNotFoundOnTheReturnPageNorPayable() {
		String order = order("usr-someone-else", 10_000L);
		this.http.mutateWith(SignedIn.as(SignedIn.buyer()))
			.get()
			.uri("/checkout/return?order=" + order)
			.exchange()
			.expectStatus()
			.isNotFound();
		pay(order).expectStatus().isNotFound();
		assertThat(sessionCalls(order)).isEmpty();
	}

	@Test
	void theReturnPageSpeaksHindiAndOffersTheRetryAsAFormWithoutScript() {
		String order = order(BUYER, 30_000L);
		stripe.failNextBeforeCreating();
		pay(order).expectStatus().isEqualTo(503);
		String page = this.http.mutateWith(SignedIn.as(SignedIn.buyer()))
			.get()
			.uri("/checkout/return?order=" + order + "&lang=hi")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("कार्ड भुगतान नहीं हो सका")
			.contains("फिर से भुगतान करें")
			.contains("action=\"/orders/" + order + "/pay\"")
			.doesNotContain("<script>");
	}

	@Test
	void anEventTypeTheAdapterDoesNotUseIsAcknowledged() {
		String payload = SignedWebhooks.event(event(), "customer.created",
				"{\"id\":\"cus_1\",\"object\":\"customer\"}");
		webhook(payload).expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("IGNORED"));
	}

	// ------------------------------------------------------------------ helpers

	private String order(String buyerId, long totalMinor) {
		String id = "ord-" + UUID.randomUUID();
		Instant now = Instant.now();
		this.mongo
			.insert(new Document("_id", id).append("number", "LC-2026-" + id.substring(4, 10))
				.append("buyerId", buyerId)
				.append("contact",
						new Document("name", "Test Buyer").append("email", "buyer@example.in")
							.append("phone", "9876543210"))
				.append("paymentMethod", "CARD")
				.append("gateway", "STRIPE")
				.append("status", "AWAITING_PAYMENT")
				.append("totalMinor", totalMinor)
				.append("currency", "INR")
				.append("reservedUntil", now.plusSeconds(900))
				.append("partIds", List.of(id + "-1"))
				.append("checkoutKey", "test-" + id)
				.append("createdAt", now)
				.append("updatedAt", now), "orders")
			.block();
		return id;
	}

	/** What a process that died while handling an event leaves behind. */
	private void processing(String event, String order, Instant leasedAt) {
		this.mongo
			.insert(new Document("_id", event).append("type", "checkout.session.completed")
				.append("orderId", order)
				.append("receivedAt", Date.from(leasedAt))
				.append("leasedAt", Date.from(leasedAt))
				.append("outcome", "PROCESSING"), "payment_events")
			.block();
	}

	private Document stored(String order) {
		return this.mongo.findById(order, Document.class, "orders").block();
	}

	private WebTestClient.ResponseSpec pay(String order) {
		return this.http.mutateWith(SignedIn.as(SignedIn.buyer()))
			.mutateWith(csrf())
			.post()
			.uri("/orders/" + order + "/pay")
			.accept(MediaType.TEXT_HTML)
			.exchange();
	}

	private EntityExchangeResult<String> returnPage(String order) {
		return this.http.mutateWith(SignedIn.as(SignedIn.buyer()))
			.get()
			.uri("/checkout/return?order=" + order)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
	}

	private WebTestClient.ResponseSpec webhook(String payload) {
		return webhook(payload, SignedWebhooks.signature(payload, WEBHOOK_SECRET, SignedWebhooks.now()));
	}

	/** No session, no CSRF token: Stripe has neither. */
	private WebTestClient.ResponseSpec webhook(String payload, String signature) {
		WebTestClient.RequestBodySpec request = this.http.post()
			.uri("/webhooks/stripe")
			.contentType(MediaType.APPLICATION_JSON);
		if (signature != null) {
			request = request.header("Stripe-Signature", signature);
		}
		return request.bodyValue(payload).exchange();
	}

	private static List<FakeStripe.Received> sessionCalls(String order) {
		return stripe.requests("/v1/checkout/sessions")
			.stream()
			.filter((call) -> order.equals(call.form().get("client_reference_id")))
			.toList();
	}

	private static String createdUnder(String key) {
		return stripe.createdUnder(key);
	}

	private static String event() {
		return "evt_" + UUID.randomUUID().toString().replace("-", "");
	}

}
