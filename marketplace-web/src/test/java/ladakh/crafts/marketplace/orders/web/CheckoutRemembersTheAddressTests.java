package ladakh.crafts.marketplace.orders.web;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.orders.FulfilmentFixtures;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checkout form starts from the address and phone of the buyer's last placed order
 * (still editable fields); a first order starts empty, and a checkout that was never
 * placed is not remembered.
 */
@MockServerTest
class CheckoutRemembersTheAddressTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private String sellerId;

	private String listingId;

	private MarketplaceUser buyer;

	@BeforeEach
	void seed() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.sellerId = "art-addr-" + run;
		new SellerFixtures(this.mongo).artisan(this.sellerId, "Address Seller " + run,
				"LEH/HC/2024/" + (1000 + (int) (Math.random() * 8000)), "ACTIVE", LocalDate.now().plusYears(2));
		this.listingId = new ListingFixtures(this.mongo).listing(this.sellerId, "PUBLISHED");
		this.buyer = SignedIn.user("usr-addr-" + run, "addr-" + run + "@example.in", Set.of(Role.BUYER), null);
		this.mongo
			.save(new Document("_id", this.buyer.id())
				.append("items", List.of(new Document("listingId", this.listingId).append("quantity", 1)))
				.append("updatedAt", new Date()), "carts")
			.block();
	}

	@Test
	void aFirstCheckoutStartsWithoutAnAddress() {
		assertThat(checkout()).doesNotContain("value=\"12 Fort Road\"", "value=\"194101\"");
	}

	@Test
	void theNextCheckoutStartsFromTheLastPlacedOrdersAddressAndPhone() {
		new FulfilmentFixtures(this.mongo).order(this.buyer.id(), this.buyer.login(), "PAID", "PAID",
				new FulfilmentFixtures.Item(this.sellerId, this.listingId, 1, 2_450_000));
		String html = checkout();
		assertThat(html).contains("value=\"12 Fort Road\"", "value=\"194101\"", "value=\"9419000000\"",
				"<option value=\"Ladakh\" selected=\"selected\">Ladakh</option>");
	}

	@Test
	void aCheckoutThatWasNeverPlacedIsNotRemembered() {
		Document order = new FulfilmentFixtures(this.mongo).order(this.buyer.id(), this.buyer.login(), "NOT_PLACED",
				"PAID", new FulfilmentFixtures.Item(this.sellerId, this.listingId, 1, 2_450_000));
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(order.getString("_id"))),
					Update.update("shippingAddress.line1", "Never placed lane"), "orders")
			.block();
		assertThat(checkout()).doesNotContain("Never placed lane");
	}

	private String checkout() {
		return this.http.mutateWith(SignedIn.as(this.buyer))
			.get()
			.uri("/checkout")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
