package ladakh.crafts.marketplace.payments.stripe;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.orders.SellerPolicies;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
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
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The buyer's card journey through the orders area's real checkout API and
 * {@code OrderPayments}, against the local fake Stripe server.
 */
@MockServerTest
@TestPropertySource(properties = { "marketplace.payments.stripe.secret-key=sk_test_fake_for_tests",
		"marketplace.payments.stripe.webhook-secret=" + StripeCheckoutJourneyTests.WEBHOOK_SECRET,
		"marketplace.public-url=http://shop.test" })
class StripeCheckoutJourneyTests {

	static final String WEBHOOK_SECRET = "whsec_journey_secret_for_tests";

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
	SellerPolicies policies;

	@Test
	void aCardCheckoutRedirectsToStripeAndTheSignedWebhookPaysTheOrderAndItsParts() {
		MarketplaceUser buyer = buyer();
		String seller = "art-stripe-" + UUID.randomUUID();
		new ListingFixtures(this.mongo).sellingSeller(seller);
		String listing = new ListingFixtures(this.mongo).listing(seller, "PUBLISHED");
		addToCart(buyer, listing);

		Map<?, ?> order = checkout(buyer).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String orderId = (String) order.get("id");
		String redirect = (String) ((Map<?, ?>) order.get("payment")).get("redirectUrl");
		String key = "checkout:" + orderId + ":1";
		assertThat(redirect).isEqualTo(FakeStripe.sessionUrl(stripe.createdUnder(key)));
		assertThat(order.get("gateway")).isEqualTo("STRIPE");
		long total = ((Number) order.get("totalMinor")).longValue();

		this.webhook(SignedWebhooks.sessionCompleted(event(), orderId, stripe.createdUnder(key), total, "inr",
				"pi_" + orderId))
			.expectStatus()
			.isOk();

		assertThat(stored(orderId).getString("status")).isEqualTo("PAID");
		assertThat(this.mongo.find(Query.query(Criteria.where("orderId").is(orderId)), Document.class, "order_parts")
			.map((part) -> part.getString("status"))
			.collectList()
			.block()).isNotEmpty().containsOnly("PAID");
		String page = this.http.mutateWith(SignedIn.as(buyer))
			.get()
			.uri("/checkout/return?order=" + orderId)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("data-state=\"PAID\"");
	}

	@Test
	void aStripeOutageAtCheckoutKeepsTheOrderPayableAndTheApiRetryMakesNoSecondSession() {
		MarketplaceUser buyer = buyer();
		String seller = "art-stripe-" + UUID.randomUUID();
		new ListingFixtures(this.mongo).sellingSeller(seller);
		String listing = new ListingFixtures(this.mongo).listing(seller, "PUBLISHED");
		addToCart(buyer, listing);
		stripe.failNextAfterCreating();

		Map<?, ?> problem = checkout(buyer).expectStatus()
			.isEqualTo(503)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String orderId = (String) problem.get("orderId");
		assertThat((String) problem.get("detail")).contains("is placed and its items are held");
		assertThat(stored(orderId).getString("status")).isEqualTo("AWAITING_PAYMENT");

		Map<?, ?> retried = this.http.mutateWith(SignedIn.as(buyer))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/orders/" + orderId + "/payment")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		String key = "checkout:" + orderId + ":1";
		assertThat(((Map<?, ?>) retried.get("payment")).get("redirectUrl"))
			.isEqualTo(FakeStripe.sessionUrl(stripe.createdUnder(key)));
		List<FakeStripe.Received> calls = stripe.requests("/v1/checkout/sessions")
			.stream()
			.filter((call) -> orderId.equals(call.form().get("client_reference_id")))
			.toList();
		assertThat(calls).extracting(FakeStripe.Received::idempotencyKey).containsExactly(key, key);
		assertThat(stored(orderId).getString("status")).isEqualTo("AWAITING_PAYMENT");
	}

	@Test
	void theStripeSessionChargesTheOrderTotalWithTheSellersShipping() {
		MarketplaceUser buyer = buyer();
		String seller = "art-stripe-" + UUID.randomUUID();
		new ListingFixtures(this.mongo).sellingSeller(seller);
		String listing = new ListingFixtures(this.mongo).listing(seller, "PUBLISHED");
		this.policies.saveShipping(seller, new SellerPolicies.ShippingForm("80", null, "2", "3", "8")).block();
		long price = new ListingFixtures(this.mongo).stored(listing).get("priceMinor", Number.class).longValue();
		addToCart(buyer, listing);

		Map<?, ?> order = checkout(buyer).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		String orderId = (String) order.get("id");
		long total = ((Number) order.get("totalMinor")).longValue();
		Map<?, ?> part = (Map<?, ?>) ((List<?>) order.get("parts")).get(0);

		assertThat(total).isEqualTo(price + 8_000);
		assertThat(((Number) part.get("shippingMinor")).longValue()).isEqualTo(8_000);
		assertThat(((Number) part.get("totalMinor")).longValue()).isEqualTo(total);
		assertThat(stripe.requests("/v1/checkout/sessions")
			.stream()
			.filter((call) -> orderId.equals(call.form().get("client_reference_id")))
			.toList()).singleElement()
			.satisfies((call) -> assertThat(call.form()).containsEntry("line_items[0][price_data][unit_amount]",
					String.valueOf(total)));
	}

	private static MarketplaceUser buyer() {
		String id = "usr-stripe-" + UUID.randomUUID();
		return SignedIn.user(id, id + "@example.in", EnumSet.of(Role.BUYER), null);
	}

	private void addToCart(MarketplaceUser buyer, String listing) {
		this.http.mutateWith(SignedIn.as(buyer))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/cart/items")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("listingId", listing, "quantity", 1))
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
	}

	private WebTestClient.ResponseSpec checkout(MarketplaceUser buyer) {
		return this.http.mutateWith(SignedIn.as(buyer))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/checkout")
			.header("Idempotency-Key", "journey-" + UUID.randomUUID())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("contact",
					Map.of("name", "Tsering Dolma", "email", "tsering@example.in", "phone", "9419012345"),
					"shippingAddress",
					Map.of("name", "Tsering Dolma", "line1", "House 12, Changspa", "city", "Leh", "district", "Leh",
							"state", "Ladakh", "pinCode", "194101"),
					"paymentMethod", "CARD"))
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

	private Document stored(String orderId) {
		return this.mongo.findById(orderId, Document.class, "orders").block();
	}

	private static String event() {
		return "evt_" + UUID.randomUUID().toString().replace("-", "");
	}

}
