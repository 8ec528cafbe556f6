package ladakh.crafts.marketplace.orders;

import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
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
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * An unpaid order shows how to pay it and until when (a date, a time and the zone) on its
 * own page, and its buyer may cancel it, which gives the pieces back; a checkout that
 * failed is never listed as an order.
 */
@MockServerTest
class UnpaidOrderPagesTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private final String seller = "art-unpaid-" + UUID.randomUUID();

	private MarketplaceUser buyer;

	private ListingFixtures listings;

	@BeforeEach
	void buyer() {
		this.buyer = SignedIn.user("usr-unpaid-" + UUID.randomUUID(), "unpaid@example.in", java.util.Set.of(Role.BUYER),
				null);
		this.listings = new ListingFixtures(this.mongo);
	}

	@Test
	void theOrderPageSaysHowToPayAndUntilWhenAndTheBuyerCanCancel() {
		String listing = this.listings.listing(this.seller, "PUBLISHED");
		int before = stock(listing);
		Document order = unpaid(listing);
		String id = order.getString("_id");
		assertThat(stock(listing)).isEqualTo(before - 2);

		String page = page(this.buyer, id).expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("id=\"payment-instructions\"", "How to pay", "UTR-REF-1",
				"Your items are held until Mon 14 Dec 2026, 16:00 IST.", "id=\"cancel-order\"");

		cancel(SignedIn.user("usr-someone-else", "x@example.in", java.util.Set.of(Role.BUYER), null), id).expectStatus()
			.isNotFound();
		cancel(this.buyer, id).expectStatus()
			.isSeeOther()
			.expectHeader()
			.location("/orders/" + id + "?done=orderCancelled");
		Document stored = this.mongo.findById(id, Document.class, "orders").block();
		assertThat(stored.getString("status")).isEqualTo("CANCELLED");
		assertThat(stock(listing)).as("the pieces are back on sale").isEqualTo(before);
		assertThat(this.mongo.findById(FulfilmentFixtures.partIds(order).get(0), Document.class, "order_parts")
			.block()
			.getString("status")).isEqualTo("CANCELLED");

		cancel(this.buyer, id).expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.value((again) -> assertThat(again).contains("can no longer be cancelled"));
		assertThat(stock(listing)).as("given back once").isEqualTo(before);
	}

	@Test
	void aCheckoutThatFailedIsNotAnOrderOfTheBuyers() {
		String listing = this.listings.listing(this.seller, "PUBLISHED");
		Document order = new FulfilmentFixtures(this.mongo).order(this.buyer.id(), null, "NOT_PLACED", "NOT_PLACED",
				new FulfilmentFixtures.Item(this.seller, listing, 1, 50_000));
		String id = order.getString("_id");
		String list = this.http.mutateWith(SignedIn.as(this.buyer))
			.get()
			.uri("/orders")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(list).doesNotContain(id, order.getString("number"), "??");
		page(this.buyer, id).expectStatus().isNotFound();
		this.http.mutateWith(SignedIn.as(this.buyer))
			.get()
			.uri("/orders/" + id + "/invoice.pdf")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	/**
	 * A UPI order awaiting payment, placed Saturday 12 Dec 2026 at 15:59 IST, held until
	 * Monday 16:00.
	 */
	private Document unpaid(String listing) {
		Document order = new FulfilmentFixtures(this.mongo).order(this.buyer.id(), null, "AWAITING_PAYMENT",
				"AWAITING_PAYMENT", new FulfilmentFixtures.Item(this.seller, listing, 2, 50_000));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(order.getString("_id"))),
				new Update().set("paymentMethod", "COUNTER")
					.set("reservedUntil", java.util.Date.from(java.time.Instant.parse("2026-12-14T10:30:00Z")))
					.set("start",
							new Document("gateway", "OFFLINE").append("method", "COUNTER")
								.append("payee", "Handicrafts Department, Leh")
								.append("reference", "UTR-REF-1")),
				"orders")
			.block();
		return order;
	}

	private WebTestClient.ResponseSpec page(MarketplaceUser user, String id) {
		return this.http.mutateWith(SignedIn.as(user))
			.get()
			.uri("/orders/" + id)
			.accept(MediaType.TEXT_HTML)
			.exchange();
	}

	private WebTestClient.ResponseSpec cancel(MarketplaceUser user, String id) {
		return this.http.mutateWith(SignedIn.as(user))
			.mutateWith(csrf())
			.post()
			.uri("/orders/" + id + "/cancel")
			.accept(MediaType.TEXT_HTML)
			.exchange();
	}

	private int stock(String listing) {
		return this.listings.stored(listing).getInteger("stock");
	}

}
