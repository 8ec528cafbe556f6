package ladakh.crafts.marketplace.orders;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.payments.PaymentMethod;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * A buyer cannot hoard stock with unpaid orders: at most 3 open unpaid orders and 20
 * reserved pieces at once (the defaults), held by one atomic guard per buyer so parallel
 * checkouts cannot slip past it, and at most 20 checkout attempts an hour per account and
 * per client address. Refusals say what the buyer can do, page and API, in English and
 * Hindi; a paid, expired or cancelled order frees its place.
 */
@MockServerTest
class StockHoardingCapsTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Checkout checkout;

	@Autowired
	CheckoutAttempts attempts;

	@Autowired
	ReservationSweeper sweeper;

	private OrderFixtures fixtures;

	private String seller;

	@BeforeEach
	void fixtures() {
		this.fixtures = new OrderFixtures(this.mongo);
		this.seller = "art-hoard-" + UUID.randomUUID();
	}

	private Orders.PlacedOrder place(String buyer, String key, String listing, int quantity) {
		return this.checkout
			.place(OrderFixtures.request(buyer, key, PaymentMethod.UPI, OrderFixtures.line(listing, quantity)))
			.block(Duration.ofSeconds(30));
	}

	private long openOrders(String buyer) {
		return this.mongo
			.count(Query.query(Criteria.where("buyerId").is(buyer).and("status").is("AWAITING_PAYMENT")),
					OrderRepository.ORDERS)
			.block();
	}

	@Test
	void aFourthUnpaidOrderIsRefusedUntilOneIsNoLongerOpen() {
		String buyer = OrderFixtures.buyer();
		String listing = this.fixtures.listing(this.seller, 50);
		String first = place(buyer, "k1", listing, 1).order().id();
		place(buyer, "k2", listing, 1);
		place(buyer, "k3", listing, 1);
		CheckoutRefused refused = (CheckoutRefused) this.checkout
			.place(OrderFixtures.request(buyer, "k4", PaymentMethod.UPI, OrderFixtures.line(listing, 1)))
			.map(Object.class::cast)
			.onErrorResume(Mono::just)
			.block();
		assertThat(refused.code()).isEqualTo("checkout.refused.tooManyUnpaid");
		assertThat(openOrders(buyer)).isEqualTo(3);
		assertThat(this.fixtures.stock(listing)).isEqualTo(47);
		// The first one's hold runs out: its place is free again.
		this.fixtures.expireNow(first);
		this.sweeper.sweep().block();
		assertThat(place(buyer, "k5", listing, 1).order().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
	}

	@Test
	void moreThanTwentyReservedPiecesAreRefused() {
		String buyer = OrderFixtures.buyer();
		String listing = this.fixtures.listing(this.seller, 50);
		place(buyer, "k1", listing, 18);
		CheckoutRefused refused = (CheckoutRefused) this.checkout
			.place(OrderFixtures.request(buyer, "k2", PaymentMethod.UPI, OrderFixtures.line(listing, 3)))
			.map(Object.class::cast)
			.onErrorResume(Mono::just)
			.block();
		assertThat(refused.code()).isEqualTo("checkout.refused.tooManyPieces");
		assertThat(this.fixtures.stock(listing)).isEqualTo(32);
		assertThat(place(buyer, "k3", listing, 2).order().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
	}

	@Test
	void parallelCheckoutsOfOneBuyerCannotTogetherPassTheCap() {
		String buyer = OrderFixtures.buyer();
		String listing = this.fixtures.listing(this.seller, 50);
		place(buyer, "k1", listing, 1);
		place(buyer, "k2", listing, 1);
		// One place left: of twelve checkouts at once, exactly one gets it.
		List<String> outcomes = Flux.range(0, 12)
			.flatMap((i) -> this.checkout
				.place(OrderFixtures.request(buyer, "p-" + i, PaymentMethod.UPI, OrderFixtures.line(listing, 1)))
				.map((placed) -> "PLACED")
				.onErrorResume(CheckoutRefused.class, (ex) -> Mono.just(ex.code()))
				.subscribeOn(Schedulers.parallel()), 12)
			.collectList()
			.block(Duration.ofMinutes(1));
		assertThat(outcomes.stream().filter("PLACED"::equals)).hasSize(1);
		assertThat(outcomes.stream().filter("checkout.refused.tooManyUnpaid"::equals)).hasSize(11);
		assertThat(openOrders(buyer)).isEqualTo(3);
		assertThat(this.fixtures.stock(listing)).isEqualTo(47);
	}

	@Test
	void theApiAndThePageSayWhatTheBuyerCanDoInTheirLanguage() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		MarketplaceUser buyer = SignedIn.user("usr-hoard-" + run, "hoard-" + run + "@example.in", Set.of(Role.BUYER),
				null);
		String listing = this.fixtures.listing(this.seller, 50);
		for (int i = 1; i <= 3; i++) {
			place(buyer.id(), "seed-" + i, listing, 1);
		}
		WebTestClient as = this.http.mutateWith(SignedIn.as(buyer)).mutateWith(csrf());
		as.post()
			.uri("/api/v1/cart/items")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("listingId", listing, "quantity", 1))
			.exchange()
			.expectStatus()
			.isOk();
		as.post()
			.uri("/api/v1/checkout")
			.header("Idempotency-Key", "api-4")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("contact",
					Map.of("name", "Tsering Dolma", "email", "t@example.in", "phone", "9419012345"), "shippingAddress",
					Map.of("line1", "House 12", "city", "Leh", "district", "Leh", "state", "Ladakh", "pinCode",
							"194101"),
					"paymentMethod", "UPI"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("You have 3 unpaid orders; pay one first, or wait until the hold on an unpaid order runs out.");
		String page = as.post()
			.uri("/checkout?lang=hi")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("name", "Tsering Dolma")
				.with("email", "t@example.in")
				.with("phone", "9419012345")
				.with("line1", "House 12")
				.with("city", "Leh")
				.with("district", "Leh")
				.with("state", "Ladakh")
				.with("pinCode", "194101")
				.with("paymentMethod", "UPI")
				.with("key", "page-4"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("आपके 3 ऑर्डर का भुगतान बाकी है");
	}

	@Test
	void theTwentyFirstCheckoutAttemptInAnHourIsRefusedWith429() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		MarketplaceUser buyer = SignedIn.user("usr-attempts-" + run, "attempts-" + run + "@example.in",
				Set.of(Role.BUYER), null);
		WebTestClient as = this.http.mutateWith(SignedIn.as(buyer)).mutateWith(csrf());
		Map<String, Object> body = Map.of("contact",
				Map.of("name", "Tsering Dolma", "email", "t@example.in", "phone", "9419012345"), "shippingAddress",
				Map.of("line1", "House 12", "city", "Leh", "district", "Leh", "state", "Ladakh", "pinCode", "194101"),
				"paymentMethod", "UPI");
		// An empty cart is refused (400) after the attempt is counted.
		for (int i = 0; i < 20; i++) {
			as.post()
				.uri("/api/v1/checkout")
				.header("Idempotency-Key", "a-" + i)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isBadRequest();
		}
		as.post()
			.uri("/api/v1/checkout")
			.header("Idempotency-Key", "a-21")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat((String) detail).contains("Too many checkout attempts"));
	}

	@Test
	void checkoutAttemptsFromOneAddressAreCountedAcrossAccounts() {
		String address = "203.0.113." + (int) (Math.random() * 200);
		for (int i = 0; i < 20; i++) {
			this.attempts.attempt(OrderFixtures.buyer(), address).block();
		}
		CheckoutRefused refused = (CheckoutRefused) this.attempts.attempt(OrderFixtures.buyer(), address)
			.then(Mono.<Object>empty())
			.onErrorResume(Mono::just)
			.block();
		assertThat(refused).isInstanceOf(CheckoutLimited.class);
		// Another address is not held back by this one.
		this.attempts.attempt(OrderFixtures.buyer(), "198.51.100.9").block();
	}

}
