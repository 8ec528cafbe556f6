package ladakh.crafts.marketplace.payments.stripe;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.orders.Fulfilment;
import ladakh.crafts.marketplace.orders.ReservationSweeper;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.Concurrently;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Card money never stays with an order that cannot be filled: a card order holds its
 * pieces as long as its Checkout Session is payable, the session is expired at Stripe
 * when the order expires, and a payment that still arrives for a closed (or already paid)
 * order is refunded through Stripe once, shown to ACCOUNTS staff, audited and explained
 * to the buyer in their language.
 */
@MockServerTest
@TestPropertySource(properties = { "marketplace.payments.stripe.secret-key=sk_test_fake_for_tests",
		"marketplace.payments.stripe.webhook-secret=" + LateCardPaymentsTests.WEBHOOK_SECRET,
		"marketplace.public-url=http://shop.test" })
class LateCardPaymentsTests {

	static final String WEBHOOK_SECRET = "whsec_late_payments_secret_for_tests";

	private static final FakeStripe stripe = FakeStripe.start();

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
	ReservationSweeper sweeper;

	@Autowired
	Fulfilment fulfilment;

	@Test
	void aCardOrderHoldsItsPiecesForTheCardHoldAndItsCheckoutSessionExpiresWhenTheHoldEnds() {
		String order = placeCardOrder(buyer());

		Document stored = stored(order);
		Instant createdAt = stored.getDate("createdAt").toInstant();
		Instant reservedUntil = stored.getDate("reservedUntil").toInstant();
		assertThat(Duration.between(createdAt, reservedUntil)).isBetween(Duration.ofMinutes(35),
				Duration.ofMinutes(36));
		assertThat(sessionCalls(order)).singleElement()
			.satisfies((call) -> assertThat(call.form()).containsEntry("expires_at",
					String.valueOf(reservedUntil.getEpochSecond())));
	}

	@Test
	void whenTheSweeperExpiresACardOrderItExpiresItsCheckoutSessionAtStripeOnce() {
		String order = placeCardOrder(buyer());
		String session = this.mongo.findById(order, Document.class, StripeSessionRepository.COLLECTION)
			.block()
			.getString("sessionId");
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(order)),
					Update.update("reservedUntil", new Date(System.currentTimeMillis() - 1000)), "orders")
			.block();

		this.sweeper.sweep().block();
		this.sweeper.sweep().block();

		assertThat(stored(order).getString("status")).isEqualTo("EXPIRED");
		assertThat(stripe.expireCalls(session)).hasSize(1);
		assertThat(this.mongo.findById(order, Document.class, StripeSessionRepository.COLLECTION)
			.block()
			.getString("status")).isEqualTo(StripeSession.EXPIRED);
	}

	@ParameterizedTest(name = "{0} for an order {1}, buyer reads {2}")
	@CsvSource(delimiter = '|',
			value = { "checkout.session.completed|EXPIRED|en|is being returned",
					"checkout.session.async_payment_succeeded|CANCELLED|hi|लौटाया जा रहा है",
					"payment_intent.succeeded|EXPIRED|hi|लौटाया जा रहा है" })
	void aPaymentForAClosedOrderIsRefundedOnceShownToStaffAuditedAndExplainedToTheBuyer(String type, String status,
			String language, String subjectWords) {
		String email = "late-" + UUID.randomUUID() + "@example.in";
		String order = insertOrder(status, 150_000L, email, language);
		String pi = "pi_late_" + UUID.randomUUID();
		String event = event();
		String payload = paid(type, event, order, pi, 150_000L);

		webhook(payload).expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).isEqualTo("REFUNDED"));
		webhook(payload).expectStatus().isOk();
		String other = type.equals("payment_intent.succeeded") ? "checkout.session.completed"
				: "payment_intent.succeeded";
		webhook(paid(other, event(), order, pi, 150_000L)).expectStatus().isOk();

		assertThat(stripe.refundsOf(pi)).hasSize(1);
		assertThat(stripe.requests("/v1/refunds")
			.stream()
			.filter((call) -> pi.equals(call.form().get("payment_intent")))
			.toList()).allSatisfy((call) -> {
				assertThat(call.idempotencyKey()).isEqualTo("payment-refund:" + pi);
				assertThat(call.form()).containsEntry("amount", "150000");
			});
		Document stored = stored(order);
		assertThat(stored.getString("status")).isEqualTo(status);
		assertThat(stored.getList("returnedPayments", Document.class)).singleElement().satisfies((returned) -> {
			assertThat(returned.getString("reference")).isEqualTo(pi);
			assertThat(returned.getString("reason")).isEqualTo(status);
			assertThat(returned.getString("refundStatus")).isEqualTo("SUCCEEDED");
			assertThat(returned.getString("refundId")).isEqualTo(stripe.refundsOf(pi).get(0));
		});
		assertThat(this.mongo
			.find(Query.query(Criteria.where("subjectId").is(order).and("action").is("ORDER_PAYMENT_RETURNED")),
					Document.class, "audit_events")
			.collectList()
			.block()).singleElement()
			.satisfies(
					(audit) -> assertThat(audit.get("details", Document.class).getString("reference")).isEqualTo(pi));
		assertThat(this.mongo.find(Query.query(Criteria.where("to").is(email)), Document.class, "notification_outbox")
			.collectList()
			.block()).singleElement().satisfies((mail) -> {
				assertThat(mail.getString("subject")).contains(stored.getString("number")).contains(subjectWords);
				assertThat(mail.getString("locale")).isEqualTo(language);
			});
		assertThat(staffPage()).contains("id=\"returned-orders\"").contains(stored.getString("number"));
	}

	@Test
	void aSecondPaymentForAnOrderAlreadyPaidByAnotherSessionIsRefundedAndTheFirstIsKept() {
		String order = insertOrder("AWAITING_PAYMENT", 90_000L, "twice-" + UUID.randomUUID() + "@example.in", "en");
		String first = "pi_first_" + UUID.randomUUID();
		String second = "pi_second_" + UUID.randomUUID();

		webhook(SignedWebhooks.sessionCompleted(event(), order, "cs_a", 90_000L, "inr", first)).expectStatus().isOk();
		webhook(SignedWebhooks.sessionCompleted(event(), order, "cs_b", 90_000L, "inr", second)).expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).isEqualTo("REFUNDED"));
		webhook(SignedWebhooks.paymentIntentSucceeded(event(), order, first, 90_000L, "inr")).expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).isEqualTo("ALREADY_PAID"));

		Document stored = stored(order);
		assertThat(stored.getString("status")).isEqualTo("PAID");
		assertThat(stored.get("payment", Document.class).getString("reference")).isEqualTo(first);
		assertThat(stripe.refundsOf(first)).isEmpty();
		assertThat(stripe.refundsOf(second)).hasSize(1);
		assertThat(stored.getList("returnedPayments", Document.class)).singleElement()
			.satisfies((returned) -> assertThat(returned.getString("reason")).isEqualTo("ALREADY_PAID"));
	}

	@Test
	void concurrentDeliveriesOfOneLatePaymentRefundItOnce() {
		String email = "race-" + UUID.randomUUID() + "@example.in";
		String order = insertOrder("EXPIRED", 70_000L, email, "en");
		String pi = "pi_race_" + UUID.randomUUID();

		List<Integer> statuses = Concurrently.run(
				java.util.stream.IntStream
					.range(0, 8).<java.util.concurrent.Callable<Integer>>mapToObj((n) -> () -> webhook(
							paid((n % 2 == 0) ? "checkout.session.completed" : "payment_intent.succeeded", event(),
									order, pi, 70_000L))
						.returnResult(String.class)
						.getStatus()
						.value())
					.toList());

		assertThat(statuses).isNotEmpty();
		assertThat(stripe.refundsOf(pi)).hasSize(1);
		assertThat(stored(order).getList("returnedPayments", Document.class)).hasSize(1);
		assertThat(this.mongo.count(Query.query(Criteria.where("to").is(email)), "notification_outbox").block())
			.isEqualTo(1);
		assertThat(this.mongo
			.count(Query.query(Criteria.where("subjectId").is(order).and("action").is("ORDER_PAYMENT_RETURNED")),
					"audit_events")
			.block()).isEqualTo(1);
	}

	@Test
	void aPaymentForAnOrderThisSiteDoesNotKnowIsNeitherPaidNorRefunded() {
		String pi = "pi_stranger_" + UUID.randomUUID();
		webhook(SignedWebhooks.sessionCompleted(event(), "ord-" + UUID.randomUUID(), "cs_x", 10_000L, "inr", pi))
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((body) -> assertThat(body).isEqualTo("NOT_FOUND"));
		assertThat(stripe.requests("/v1/refunds")
			.stream()
			.filter((call) -> pi.equals(call.form().get("payment_intent")))
			.toList()).isEmpty();
	}

	@Test
	void aRetryTooCloseToTheHoldsEndExtendsTheHoldAndTheNewSessionStillEndsWithIt() {
		MarketplaceUser buyer = buyer();
		String order = insertOrder("AWAITING_PAYMENT", 40_000L, "retry@example.in", "en");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(order)),
				new Update().set("buyerId", buyer.id())
					.set("createdAt", Date.from(Instant.now().minus(Duration.ofMinutes(10))))
					.set("reservedUntil", Date.from(Instant.now().plus(Duration.ofMinutes(20)))),
				"orders")
			.block();

		pay(buyer, order).expectStatus().is3xxRedirection();

		Instant reservedUntil = stored(order).getDate("reservedUntil").toInstant();
		assertThat(reservedUntil).isAfter(Instant.now().plus(Duration.ofMinutes(34)));
		assertThat(sessionCalls(order)).singleElement()
			.satisfies((call) -> assertThat(call.form()).containsEntry("expires_at",
					String.valueOf(reservedUntil.getEpochSecond())));
	}

	@Test
	void anOrderOlderThanItsCardHoldIsNotHeldLongerAndStartsNoNewSession() {
		MarketplaceUser buyer = buyer();
		String order = insertOrder("AWAITING_PAYMENT", 40_000L, "old@example.in", "en");
		Date until = Date.from(Instant.now().plus(Duration.ofMinutes(10)));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(order)),
				new Update().set("buyerId", buyer.id())
					.set("createdAt", Date.from(Instant.now().minus(Duration.ofMinutes(40))))
					.set("reservedUntil", until),
				"orders")
			.block();

		pay(buyer, order).expectStatus().isEqualTo(409);

		assertThat(stored(order).getDate("reservedUntil")).isEqualTo(until);
		assertThat(sessionCalls(order)).isEmpty();
	}

	@Test
	void aCancelledPartOfAnOrderPaidByCardIsRefundedThroughStripe() {
		String order = placeCardOrder(buyer());
		long total = stored(order).get("totalMinor", Number.class).longValue();
		String pi = "pi_cancel_" + UUID.randomUUID();
		webhook(SignedWebhooks.sessionCompleted(event(), order, "cs_" + pi, total, "inr", pi)).expectStatus().isOk();
		Document part = this.mongo.findById(order + "-1", Document.class, "order_parts").block();

		this.fulfilment.cancelBySeller(part.getString("sellerId"), part.getString("_id"), "The loom broke").block();

		assertThat(stripe.refundsOf(pi)).hasSize(1);
		assertThat(this.mongo.findById(order + "-1", Document.class, "order_parts")
			.block()
			.get("refund", Document.class)
			.getString("status")).isEqualTo("SUCCEEDED");
	}

	// ------------------------------------------------------------------ helpers

	private static MarketplaceUser buyer() {
		String id = "usr-late-" + UUID.randomUUID();
		return SignedIn.user(id, id + "@example.in", EnumSet.of(Role.BUYER), null);
	}

	/** Through the real cart and checkout API. */
	private String placeCardOrder(MarketplaceUser buyer) {
		String seller = "art-late-" + UUID.randomUUID();
		new ListingFixtures(this.mongo).sellingSeller(seller);
		String listing = new ListingFixtures(this.mongo).listing(seller, "PUBLISHED");
		this.http.mutateWith(SignedIn.as(buyer))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/cart/items")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("listingId", listing, "quantity", 1))
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
		Map<?, ?> placed = this.http.mutateWith(SignedIn.as(buyer))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/checkout")
			.header("Idempotency-Key", "late-" + UUID.randomUUID())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("contact",
					Map.of("name", "Tsering Dolma", "email", "tsering@example.in", "phone", "9419012345"),
					"shippingAddress",
					Map.of("name", "Tsering Dolma", "line1", "House 12, Changspa", "city", "Leh", "district", "Leh",
							"state", "Ladakh", "pinCode", "194101"),
					"paymentMethod", "CARD"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) placed.get("id");
	}

	/** A card order as the orders area stores it, in the given status. */
	private String insertOrder(String status, long totalMinor, String email, String language) {
		String id = "ord-" + UUID.randomUUID();
		Date now = new Date();
		this.mongo
			.insert(new Document("_id", id).append("number", "LC-2026-" + id.substring(4, 10))
				.append("buyerId", "usr-late-buyer")
				.append("contact",
						new Document("name", "Test Buyer").append("email", email)
							.append("phone", "9876543210")
							.append("language", language))
				.append("paymentMethod", "CARD")
				.append("gateway", "STRIPE")
				.append("status", status)
				.append("totalMinor", totalMinor)
				.append("currency", "INR")
				.append("reservedUntil", now)
				.append("partIds", List.of(id + "-1"))
				.append("checkoutKey", "late-" + id)
				.append("stockReleased", !"AWAITING_PAYMENT".equals(status))
				.append("createdAt", now)
				.append("updatedAt", now), "orders")
			.block();
		return id;
	}

	private static String paid(String type, String event, String order, String pi, long amount) {
		return switch (type) {
			case "checkout.session.completed" ->
				SignedWebhooks.sessionCompleted(event, order, "cs_" + pi, amount, "inr", pi);
			case "checkout.session.async_payment_succeeded" ->
				SignedWebhooks.asyncPaymentSucceeded(event, order, "cs_" + pi, amount, "inr", pi);
			default -> SignedWebhooks.paymentIntentSucceeded(event, order, pi, amount, "inr");
		};
	}

	private Document stored(String order) {
		return this.mongo.findById(order, Document.class, "orders").block();
	}

	private String staffPage() {
		return this.http.mutateWith(SignedIn.as(SignedIn.accounts()))
			.get()
			.uri("/staff/orders")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec pay(MarketplaceUser buyer, String order) {
		return this.http.mutateWith(SignedIn.as(buyer))
			.mutateWith(csrf())
			.post()
			.uri("/orders/" + order + "/pay")
			.accept(MediaType.TEXT_HTML)
			.exchange();
	}

	private WebTestClient.ResponseSpec webhook(String payload) {
		return this.http.post()
			.uri("/webhooks/stripe")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Stripe-Signature", SignedWebhooks.signature(payload, WEBHOOK_SECRET, SignedWebhooks.now()))
			.bodyValue(payload)
			.exchange();
	}

	private static List<FakeStripe.Received> sessionCalls(String order) {
		return stripe.requests("/v1/checkout/sessions")
			.stream()
			.filter((call) -> order.equals(call.form().get("client_reference_id")))
			.toList();
	}

	private static String event() {
		return "evt_" + UUID.randomUUID().toString().replace("-", "");
	}

}
