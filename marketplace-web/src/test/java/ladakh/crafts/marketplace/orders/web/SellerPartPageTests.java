package ladakh.crafts.marketplace.orders.web;

import java.time.LocalDate;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seller sees where their part goes (the buyer's delivery address and phone) on the
 * part's own page; another seller asking for it is told there is no such part, and learns
 * no address.
 */
@MockServerTest
class SellerPartPageTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private String sellerA;

	private String sellerB;

	private String partA;

	@BeforeEach
	void seed() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.sellerA = "art-part-a-" + run;
		this.sellerB = "art-part-b-" + run;
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		sellers.artisan(this.sellerA, "Part Seller A " + run, null, "ACTIVE", LocalDate.now().plusYears(2));
		sellers.artisan(this.sellerB, "Part Seller B " + run, null, "ACTIVE", LocalDate.now().plusYears(2));
		ListingFixtures listings = new ListingFixtures(this.mongo);
		MarketplaceUser buyer = SignedIn.user("usr-part-" + run, "part-" + run + "@example.in", Set.of(Role.BUYER),
				null);
		Document order = new FulfilmentFixtures(this.mongo).order(buyer.id(), buyer.login(), "PAID", "PAID",
				new FulfilmentFixtures.Item(this.sellerA, listings.listing(this.sellerA, "PUBLISHED"), 1, 1_500_000),
				new FulfilmentFixtures.Item(this.sellerB, listings.listing(this.sellerB, "PUBLISHED"), 1, 250_000));
		this.partA = FulfilmentFixtures.partIds(order).get(0);
	}

	@Test
	void theSellerSeesTheDeliveryAddressAndPhoneOfTheirOwnPart() {
		String html = page(this.sellerA, "/seller/orders/" + this.partA, 200);
		assertThat(html).contains("Deliver to", "12 Fort Road", "Leh, Leh", "Ladakh, 194101", "9419000000",
				"href=\"tel:+919419000000\"");
		assertThat(page(this.sellerA, "/seller/orders/" + this.partA + "?lang=hi", 200)).contains("डिलीवरी का पता");
		assertThat(page(this.sellerA, "/seller/orders", 200)).contains("href=\"/seller/orders/" + this.partA + "\"");
	}

	@Test
	void anotherSellersPartIsNotFoundAndShowsNoAddress() {
		String html = page(this.sellerB, "/seller/orders/" + this.partA, 404);
		assertThat(html).doesNotContain("12 Fort Road", "9419000000");
	}

	private String page(String sellerId, String path, int status) {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(sellerId)))
			.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
