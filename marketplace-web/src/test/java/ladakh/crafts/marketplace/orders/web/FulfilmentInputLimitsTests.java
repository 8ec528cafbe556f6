package ladakh.crafts.marketplace.orders.web;

import java.nio.charset.StandardCharsets;
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
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * What a step's JSON body and a page's notice parameter may hold: a body nested thousands
 * of levels deep is a 400 (it used to exhaust the parser's stack and never answer), and a
 * {@code done} notice the pages do not know is ignored (a very long one answered 500; it
 * is now refused as too long by the input rules).
 */
@MockServerTest
class FulfilmentInputLimitsTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private FulfilmentFixtures orders;

	private String seller;

	private MarketplaceUser buyer;

	private Document order;

	private String part;

	@BeforeEach
	void seed() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.orders = new FulfilmentFixtures(this.mongo);
		this.seller = "art-lim-" + run;
		new SellerFixtures(this.mongo).artisan(this.seller, "Padma Limits " + run,
				"LEH/HC/2024/" + (1000 + (int) (Math.random() * 8000)), "ACTIVE", LocalDate.now().plusYears(2));
		this.buyer = SignedIn.user("usr-lim-" + run, "lim-" + run + "@example.in", Set.of(Role.BUYER), null);
		this.order = this.orders.order(this.buyer.id(), this.buyer.login(), "PAID", "PAID", new FulfilmentFixtures.Item(
				this.seller, new ListingFixtures(this.mongo).listing(this.seller, "PUBLISHED"), 1, 150_000));
		this.part = FulfilmentFixtures.partIds(this.order).get(0);
	}

	@Test
	void aStepBodyNestedDeeperThanAnyFormNeedsIsRefusedWith400AndChangesNothing() {
		String deep = "{\"reason\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
		for (String step : new String[] { "ship", "cancel", "return" }) {
			as(SignedIn.seller(this.seller)).post()
				.uri("/api/v1/seller/orders/" + this.part + "/" + step)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(deep)
				.exchange()
				.expectStatus()
				.isBadRequest();
		}
		as(this.buyer).post()
			.uri("/api/v1/orders/" + this.order.getString("_id") + "/parts/" + this.part + "/cancel")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(deep)
			.exchange()
			.expectStatus()
			.isBadRequest();
		assertThat(this.orders.part(this.part).getString("status")).isEqualTo("PAID");
	}

	@Test
	void aBodyThatIsNotAJsonObjectIsRefusedWith400() {
		for (String body : new String[] { "[1]", "\"text\"", "{\"reason\":", "{'reason': 'x'}" }) {
			as(SignedIn.seller(this.seller)).post()
				.uri("/api/v1/seller/orders/" + this.part + "/cancel")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isBadRequest();
		}
	}

	@Test
	void aNoticeThePagesDoNotKnowIsIgnoredHoweverLong() {
		String huge = "x".repeat(100_000);
		WebTestClient seller = as(SignedIn.seller(this.seller));
		seller.get().uri("/seller/orders?done=" + huge).exchange().expectStatus().isBadRequest();
		assertThat(page(seller, "/seller/orders?done=nonsense")).doesNotContain("??");
		assertThat(page(seller, "/seller/orders?done=packed")).contains("Marked as packed.");
		WebTestClient buyer = as(this.buyer);
		String orderPage = "/orders/" + this.order.getString("_id");
		buyer.get().uri(orderPage + "?done=" + huge).exchange().expectStatus().isBadRequest();
		assertThat(page(buyer, orderPage + "?done=nonsense")).doesNotContain("??");
		assertThat(page(buyer, orderPage + "?done=cancelled")).contains("The parcel is cancelled.");
	}

	private WebTestClient as(MarketplaceUser user) {
		return this.http.mutateWith(SignedIn.as(user)).mutateWith(csrf());
	}

	private static String page(WebTestClient client, String path) {
		byte[] body = client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

}
