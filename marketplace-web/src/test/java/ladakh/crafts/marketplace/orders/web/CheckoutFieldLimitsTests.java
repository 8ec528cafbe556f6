package ladakh.crafts.marketplace.orders.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
 * Every free-text field of a checkout's contact and address has a maximum length: a
 * longer one answers 400 with the limit beside the field (page) or naming it (API), and
 * no order is written.
 */
@MockServerTest
class CheckoutFieldLimitsTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private MarketplaceUser buyer;

	@BeforeEach
	void buyer() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.buyer = SignedIn.user("usr-limits-" + run, "limits-" + run + "@example.in", Set.of(Role.BUYER), null);
	}

	private WebTestClient asBuyer() {
		return this.http.mutateWith(SignedIn.as(this.buyer)).mutateWith(csrf());
	}

	private long ordersOfBuyer() {
		return this.mongo.count(Query.query(Criteria.where("buyerId").is(this.buyer.id())), "orders").block();
	}

	@Test
	void theApiRefusesAnAddressLineOverItsLimitNamingTheField() {
		Map<String, Object> address = new LinkedHashMap<>(Map.of("line1", "H".repeat(201), "city", "Leh", "district",
				"Leh", "state", "Ladakh", "pinCode", "194101"));
		asBuyer().post()
			.uri("/api/v1/checkout")
			.header("Idempotency-Key", "limits-1")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("contact",
					Map.of("name", "T".repeat(101), "email", "tsering@example.in", "phone", "9419012345"),
					"shippingAddress", address, "paymentMethod", "UPI"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'line1')].message")
			.isEqualTo("Use at most 200 characters.")
			.jsonPath("$.errors[?(@.field == 'name')].message")
			.isEqualTo("Use at most 100 characters.");
		assertThat(ordersOfBuyer()).isZero();
	}

	@Test
	void theCheckoutPageShowsTheLimitBesideTheField() {
		ListingFixtures listings = new ListingFixtures(this.mongo);
		String seller = "art-limits-" + UUID.randomUUID().toString().substring(0, 8);
		listings.sellingSeller(seller);
		String listing = listings.listing(seller, "PUBLISHED");
		asBuyer().post()
			.uri("/api/v1/cart/items")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("listingId", listing, "quantity", 1))
			.exchange()
			.expectStatus()
			.isOk();
		String page = asBuyer().post()
			.uri("/checkout?lang=hi")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("name", "Tsering Dolma")
				.with("email", "tsering@example.in")
				.with("phone", "9419012345")
				.with("line1", "House 12")
				.with("city", "Leh")
				.with("district", "D".repeat(101))
				.with("state", "Ladakh")
				.with("pinCode", "194101")
				.with("paymentMethod", "UPI")
				.with("key", "limits-page"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("अधिकतम 100 अक्षर");
		assertThat(ordersOfBuyer()).isZero();
	}

}
