package ladakh.crafts.marketplace.orders.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * A listing id that names nothing, added to the cart or changed in it, is the buyer's
 * mistake: 400 with a message on the page and in the API, never a server error, and the
 * cart stays as it was.
 */
@MockServerTest
class UnknownListingInCartTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private MarketplaceUser buyer;

	@BeforeEach
	void buyer() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.buyer = SignedIn.user("usr-cart-unknown-" + run, "cart-" + run + "@example.in", Set.of(Role.BUYER), null);
	}

	private WebTestClient asBuyer() {
		return this.http.mutateWith(SignedIn.as(this.buyer)).mutateWith(csrf());
	}

	@Test
	void theApiAnswers400NamingTheListingWhenItDoesNotExist() {
		asBuyer().post()
			.uri("/api/v1/cart/items")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("listingId", "lst-no-such-listing", "quantity", 1))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("listingId")
			.jsonPath("$.detail")
			.isEqualTo("This item is not on sale.");
		assertThat(this.mongo.findById(this.buyer.id(), Document.class, "carts").block()).isNull();
	}

	@Test
	void theCartPageAnswers400WithAMessageWhenTheListingDoesNotExist() {
		String page = asBuyer().post()
			.uri("/cart/items")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("listingId", "lst-no-such-listing").with("quantity", "1"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("This item is not on sale.");
		String hindi = asBuyer().post()
			.uri("/cart/items/lst-no-such-listing?lang=hi")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("quantity", "2"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(hindi).contains("यह वस्तु बिक्री पर नहीं है");
		assertThat(this.mongo.findById(this.buyer.id(), Document.class, "carts").block()).isNull();
	}

}
