package ladakh.crafts.marketplace.orders;

import reactor.core.publisher.Mono;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.Filters;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.treasury.RevenueLedger;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The cart, checkout, order and payment-recording API over the application, with the
 * in-process MongoDB protocol server.
 */
@MockServerTest
class OrdersApiTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	RevenueLedger ledger;

	@Autowired
	ReservationSweeper sweeper;

	private OrderFixtures fixtures;

	private MarketplaceUser buyerA;

	private MarketplaceUser buyerB;

	@BeforeEach
	void people() {
		this.fixtures = new OrderFixtures(this.mongo);
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.buyerA = SignedIn.user("usr-api-a-" + run, "a-" + run + "@example.in", Set.of(Role.BUYER), null);
		this.buyerB = SignedIn.user("usr-api-b-" + run, "b-" + run + "@example.in", Set.of(Role.BUYER), null);
	}

	private WebTestClient as(MarketplaceUser user) {
		return this.http.mutateWith(SignedIn.as(user)).mutateWith(csrf());
	}

	private void addToCart(MarketplaceUser user, String listingId, int quantity) {
		as(user).post()
			.uri("/api/v1/cart/items")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("listingId", listingId, "quantity", quantity))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private static Map<String, Object> checkoutBody(String pin, String state, String phone) {
		return Map.of("contact", Map.of("name", "Tsering Dolma", "email", "tsering@example.in", "phone", phone),
				"shippingAddress",
				Map.of("line1", "House 12, Changspa", "city", "Leh", "district", "Leh", "state", state, "pinCode", pin),
				"paymentMethod", "UPI");
	}

	/** Buyer A sends the checkout form as the page does. */
	private WebTestClient.ResponseSpec checkoutPage(String uri, String form) {
		return as(this.buyerA).post()
			.uri(uri)
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue(form)
			.exchange();
	}

	private WebTestClient.ResponseSpec checkout(MarketplaceUser user, String key, Map<String, Object> body) {
		return as(user).post()
			.uri("/api/v1/checkout")
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	@Test
	void aBuyerChecksOutWithOfflinePaymentAndARetriedKeyAnswersTheSameOrder() {
		String listing = this.fixtures.listing("art-api-" + UUID.randomUUID(), 3);
		addToCart(this.buyerA, listing, 2);
		Document first = checkout(this.buyerA, "key-1", checkoutBody("194101", "Ladakh", "94190 12345")).expectStatus()
			.isCreated()
			.expectBody(Document.class)
			.returnResult()
			.getResponseBody();
		assertThat(first.getString("status")).isEqualTo("AWAITING_PAYMENT");
		assertThat(first.get("totalMinor", Number.class).longValue()).isEqualTo(200_000L);
		Map<?, ?> payment = (Map<?, ?>) first.get("payment");
		assertThat(payment.get("reference")).isEqualTo(first.getString("number"));
		assertThat((String) payment.get("account")).isNotBlank();
		assertThat((java.util.List<?>) first.get("parts")).hasSize(1);
		Document again = checkout(this.buyerA, "key-1", checkoutBody("194101", "Ladakh", "9419012345")).expectStatus()
			.isCreated()
			.expectBody(Document.class)
			.returnResult()
			.getResponseBody();
		assertThat(again.getString("id")).isEqualTo(first.getString("id"));
		assertThat(this.fixtures.stock(listing)).isEqualTo(1);
	}

	@Test
	void aBuyerSeesOnlyTheirOwnOrders() {
		String listing = this.fixtures.listing("art-api-" + UUID.randomUUID(), 3);
		addToCart(this.buyerA, listing, 1);
		String id = checkout(this.buyerA, "k", checkoutBody("194101", "Ladakh", "9419012345")).expectStatus()
			.isCreated()
			.expectBody(Document.class)
			.returnResult()
			.getResponseBody()
			.getString("id");
		as(this.buyerA).get().uri("/api/v1/orders/" + id).exchange().expectStatus().isOk();
		as(this.buyerB).get().uri("/api/v1/orders/" + id).exchange().expectStatus().isNotFound();
		as(this.buyerA).get().uri("/api/v1/orders").exchange().expectBody().jsonPath("$[0].id").isEqualTo(id);
		as(this.buyerB).get().uri("/api/v1/orders").exchange().expectBody().jsonPath("$.length()").isEqualTo(0);
	}

	@Test
	void badShippingDetailsAnswer400NamingEachField() {
		String listing = this.fixtures.listing("art-api-" + UUID.randomUUID(), 3);
		addToCart(this.buyerA, listing, 1);
		checkout(this.buyerA, "bad", checkoutBody("012345", "Ladak", "12345")).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'pinCode')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'state')]")
			.exists()
			.jsonPath("$.errors[?(@.field == 'phone')]")
			.exists();
		assertThat(this.fixtures.stock(listing)).isEqualTo(3);
	}

	@Test
	void aQuantityOfZeroOrAboveStockIsRefusedBesideTheQuantity() {
		String listing = this.fixtures.listing("art-api-" + UUID.randomUUID(), 2);
		for (int quantity : new int[] { 0, 3 }) {
			as(this.buyerA).post()
				.uri("/api/v1/cart/items")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("listingId", listing, "quantity", quantity))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("quantity");
		}
	}

	@Test
	void aListingWhoseMakerWasSuspendedCannotBeBoughtThoughItIsStillPublished() {
		String seller = "art-api-" + UUID.randomUUID();
		String listing = this.fixtures.listing(seller, 3);
		addToCart(this.buyerA, listing, 1);
		this.mongo.getCollection("sellers")
			.flatMap((sellers) -> Mono
				.from(sellers.updateOne(Filters.eq("_id", seller), Updates.set("status", "SUSPENDED"))))
			.block();
		checkout(this.buyerA, "suspended", checkoutBody("194101", "Ladakh", "9419012345")).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("its maker is not selling at the moment"));
		assertThat(this.fixtures.stock(listing)).isEqualTo(3);
		assertThat(this.fixtures.holds(listing)).isEmpty();
		// The checkout page says it in the buyer's language, naming the listing by its
		// Hindi title.
		String page = checkoutPage("/checkout?lang=hi",
				"name=Tsering&email=t%40example.in&phone=9419012345&line1=House&city=Leh&district=Leh"
						+ "&state=Ladakh&pinCode=194101&paymentMethod=UPI&key=" + UUID.randomUUID())
			.expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("इसके कारीगर अभी बिक्री नहीं कर रहे हैं", "पश्मीना शॉल");
	}

	@Test
	void anOrderPlacedFromTheHindiPageRemembersItsLanguageForTheEmails() {
		String listing = this.fixtures.listing("art-api-" + UUID.randomUUID(), 2);
		addToCart(this.buyerA, listing, 1);
		String placed = checkoutPage("/checkout?lang=hi",
				"name=Tsering&email=t%40example.in&phone=9419012345&line1=House&city=Leh&district=Leh"
						+ "&state=Ladakh&pinCode=194101&paymentMethod=UPI&key=" + UUID.randomUUID())
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.getPath();
		String orderId = placed.substring(placed.lastIndexOf('/') + 1);
		Document order = this.mongo.findById(orderId, Document.class, "orders").block();
		assertThat(order.get("contact", Document.class).getString("language")).isEqualTo("hi");
	}

	@Test
	void aLineThatRanOutAnswers409NamingTheListingAndReservesNothing() {
		String plenty = this.fixtures.listing("art-api-" + UUID.randomUUID(), 5);
		String scarce = this.fixtures.listing("art-api-" + UUID.randomUUID(), 1);
		addToCart(this.buyerA, plenty, 2);
		addToCart(this.buyerA, scarce, 1);
		addToCart(this.buyerB, scarce, 1);
		checkout(this.buyerB, "b", checkoutBody("194101", "Ladakh", "9419012345")).expectStatus().isCreated();
		checkout(this.buyerA, "a", checkoutBody("194101", "Ladakh", "9419012345")).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.listingId")
			.isEqualTo(scarce);
		assertThat(this.fixtures.stock(plenty)).isEqualTo(5);
		assertThat(this.fixtures.holds(plenty)).isEmpty();
	}

	@Test
	void staffPaymentsPayOnlyAnExactMatchFlagAMismatchAndAreRecordedOnce() {
		String seller = "art-api-" + UUID.randomUUID();
		String listing = this.fixtures.listing(seller, 3);
		addToCart(this.buyerA, listing, 1);
		String id = checkout(this.buyerA, "pay", checkoutBody("194101", "Ladakh", "9419012345")).expectStatus()
			.isCreated()
			.expectBody(Document.class)
			.returnResult()
			.getResponseBody()
			.getString("id");
		WebTestClient staff = this.http.mutateWith(SignedIn.as(SignedIn.accounts())).mutateWith(csrf());
		staff.post()
			.uri("/api/v1/staff/orders/" + id + "/payments")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("amount", "999.00", "reference", "UTR-1"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("FLAGGED");
		assertThat(this.fixtures.order(id).getString("status")).isEqualTo("PAYMENT_FLAGGED");
		assertThat(this.ledger.entriesOf(seller).collectList().block()).isEmpty();
		staff.post()
			.uri("/api/v1/staff/orders/" + id + "/payments")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("amount", "1000", "reference", "UTR-2"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("PAID");
		staff.post()
			.uri("/api/v1/staff/orders/" + id + "/payments")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("amountMinor", 100_000, "reference", "UTR-2"))
			.exchange()
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("ALREADY_PAID");
		assertThat(this.ledger.netOf(seller).block()).isEqualTo(Money.paise(100_000));
		assertThat(
				this.mongo.findById(id + "-1", Document.class, OrderPartRepository.PARTS).block().getString("status"))
			.isEqualTo("PAID");
		staff.post()
			.uri("/api/v1/staff/orders/" + id + "/payments")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("amount", "0", "reference", "UTR-3"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("amount");
	}

	@Test
	void anExpiredOrderIsNotPayable() {
		String listing = this.fixtures.listing("art-api-" + UUID.randomUUID(), 3);
		addToCart(this.buyerA, listing, 1);
		String id = checkout(this.buyerA, "late", checkoutBody("194101", "Ladakh", "9419012345")).expectStatus()
			.isCreated()
			.expectBody(Document.class)
			.returnResult()
			.getResponseBody()
			.getString("id");
		this.fixtures.expireNow(id);
		this.sweeper.sweep().block();
		this.http.mutateWith(SignedIn.as(SignedIn.accounts()))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/staff/orders/" + id + "/payments")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("amount", "1000", "reference", "UTR-late"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.outcome")
			.isEqualTo("NOT_PAYABLE");
		assertThat(this.fixtures.stock(listing)).isEqualTo(3);
	}

	@Test
	void aVisitorsCartIsMergedIntoTheAccountAtSignIn() {
		String listing = this.fixtures.listing("art-api-" + UUID.randomUUID(), 5);
		String other = this.fixtures.madeToOrder("art-api-" + UUID.randomUUID());
		addToCart(this.buyerA, listing, 1);
		ResponseCookie session = this.http.mutateWith(csrf())
			.post()
			.uri("/api/v1/cart/items")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("listingId", listing, "quantity", 2))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(Void.class)
			.getResponseCookies()
			.getFirst("SESSION");
		assertThat(session).isNotNull();
		this.http.mutateWith(csrf())
			.post()
			.uri("/api/v1/cart/items")
			.cookie("SESSION", session.getValue())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("listingId", other, "quantity", 1))
			.exchange()
			.expectStatus()
			.isOk();
		as(this.buyerA).get()
			.uri("/api/v1/cart")
			.cookie("SESSION", session.getValue())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.lines.length()")
			.isEqualTo(2)
			.jsonPath("$.lines[0].quantity")
			.isEqualTo(3)
			.jsonPath("$.lines[1].leadTimeDays")
			.isEqualTo(21);
	}

	@Test
	void theCartAndCheckoutPagesSpeakEnglishAndHindi() {
		String listing = this.fixtures.listing("art-api-" + UUID.randomUUID(), 2);
		addToCart(this.buyerA, listing, 1);
		String english = as(this.buyerA).get()
			.uri("/checkout")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(english).contains("Shipping address", "<option value=\"Ladakh\">Ladakh</option>", "Place order");
		String hindi = as(this.buyerA).get()
			.uri("/cart?lang=hi")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(hindi).contains("आपकी टोकरी", "चेकआउट करें");

	}

	@Test
	void aCheckoutPageWithBadFieldsShowsEachErrorBesideItsField() {
		String listing = this.fixtures.listing("art-api-" + UUID.randomUUID(), 2);
		addToCart(this.buyerA, listing, 1);
		String page = checkoutPage("/checkout",
				"name=Tsering&email=t%40example.in&phone=123&line1=House&city=Leh&district=Leh&state=Ladak&pinCode=012345&paymentMethod=UPI&key=x")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("id=\"pinCode-error\"", "id=\"state-error\"", "id=\"phone-error\"");
		assertThat(this.fixtures.stock(listing)).isEqualTo(2);
	}

}
