package ladakh.crafts.marketplace.sellers.home.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The seller's home shows the orders to pack (the longest waiting first: those are late),
 * the pieces running low and the recent sales (each a few rows, by an index), and the
 * listings page shows each piece's stock. Another seller's orders and listings appear on
 * neither.
 */
@MockServerTest
class SellerDeskTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private String seller;

	private String other;

	private String low;

	private String plenty;

	private String otherLow;

	private String number;

	private String otherNumber;

	@BeforeEach
	void seed() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.seller = "art-desk-" + run;
		this.other = "art-desk-other-" + run;
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		sellers.artisan(this.seller, "Desk Seller " + run, null, "ACTIVE", LocalDate.now().plusYears(2));
		sellers.artisan(this.other, "Other Seller " + run, null, "ACTIVE", LocalDate.now().plusYears(2));
		ListingFixtures listings = new ListingFixtures(this.mongo);
		this.low = listings.listing(this.seller, "PUBLISHED");
		this.plenty = listings.listing(this.seller, "PUBLISHED");
		this.otherLow = listings.listing(this.other, "PUBLISHED");
		this.mongo
			.updateMulti(Query.query(Criteria.where("_id").in(this.low, this.otherLow)), Update.update("stock", 2),
					"listings")
			.block();
		MarketplaceUser buyer = SignedIn.user("usr-desk-" + run, "desk-" + run + "@example.in", Set.of(Role.BUYER),
				null);
		FulfilmentFixtures orders = new FulfilmentFixtures(this.mongo);
		Document order = orders.order(buyer.id(), buyer.login(), "PAID", "PAID",
				new FulfilmentFixtures.Item(this.seller, this.plenty, 1, 2_450_000));
		this.number = order.getString("number");
		this.otherNumber = orders
			.order(buyer.id(), buyer.login(), "PAID", "PAID",
					new FulfilmentFixtures.Item(this.other, this.otherLow, 1, 100_000))
			.getString("number");
	}

	@Test
	void theHomeShowsOrdersToPackLowStockAndRecentSalesOfTheSellersOwn() {
		String html = page("/seller");
		assertThat(section(html, "to-pack")).contains("Orders to pack", this.number, "Pieces: 1", "₹24,500");
		// The fixture's order took one of the three: two left, as low as the other one.
		assertThat(section(html, "low-stock")).contains("Low stock", "href=\"/seller/listings/" + this.low + "\"",
				"2 left");
		assertThat(section(html, "recent-sales")).contains("Recent sales", this.number, "Paid");
		assertThat(html).doesNotContain(this.otherNumber, this.otherLow);
		assertThat(page("/seller?lang=hi")).contains("पैक करने वाले ऑर्डर", "कम स्टॉक", "हाल की बिक्री");
	}

	@Test
	void ordersToPackShowTheLongestWaitingFirstAndRecentSalesTheNewest() {
		MarketplaceUser buyer = SignedIn.user("usr-desk-late-" + this.seller, "late-" + this.seller + "@example.in",
				Set.of(Role.BUYER), null);
		FulfilmentFixtures orders = new FulfilmentFixtures(this.mongo);
		List<String> waiting = new ArrayList<>();
		// Six more paid parts, placed 6, 5, ... 1 days ago (the seed's one was placed
		// now).
		for (int daysAgo = 6; daysAgo >= 1; daysAgo--) {
			Document order = orders.order(buyer.id(), buyer.login(), "PAID", "PAID",
					new FulfilmentFixtures.Item(this.seller, this.plenty, 1, 100_000));
			this.mongo.updateMulti(Query.query(Criteria.where("orderId").is(order.getString("_id"))),
					Update.update("createdAt", Date.from(Instant.now().minus(Duration.ofDays(daysAgo)))), "order_parts")
				.block();
			waiting.add(order.getString("number"));
		}
		String toPack = section(page("/seller"), "to-pack");
		// The five that waited longest, oldest first; the newest (the seed's) waits for
		// the list.
		List<Integer> places = waiting.subList(0, 5).stream().map(toPack::indexOf).toList();
		assertThat(places).allMatch((place) -> place >= 0).isSorted();
		assertThat(toPack).doesNotContain(waiting.get(5), this.number);
		assertThat(section(page("/seller"), "recent-sales")).contains(this.number).doesNotContain(waiting.get(0));
	}

	@Test
	void theListingsPageShowsEachPiecesStock() {
		String html = page("/seller/listings");
		assertThat(html.substring(html.indexOf("id=\"listing-" + this.low + "\""))).contains("Stock: 2");
	}

	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("panel " + id).isNotNegative();
		return html.substring(start, html.indexOf("</section>", start));
	}

	private String page(String path) {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller)))
			.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
