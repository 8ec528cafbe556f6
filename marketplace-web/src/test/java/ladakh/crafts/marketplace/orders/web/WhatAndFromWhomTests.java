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
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer sees what they are buying and from whom: the header's cart link counts the
 * pieces in the cart (read from the buyer's one cart document), and the cart, the
 * checkout and the order page show each piece's thumbnail and its maker, and the list of
 * orders each order's first piece and its makers.
 */
@MockServerTest
class WhatAndFromWhomTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private String sellerId;

	private String sellerName;

	private String listingId;

	private MarketplaceUser buyer;

	@BeforeEach
	void seed() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.sellerId = "art-look-" + run;
		this.sellerName = "Padma Weaves " + run;
		new SellerFixtures(this.mongo).artisan(this.sellerId, this.sellerName,
				"LEH/HC/2024/" + (1000 + (int) (Math.random() * 8000)), "ACTIVE", LocalDate.now().plusYears(2));
		this.listingId = new ListingFixtures(this.mongo).listingWithPhoto(this.sellerId, "PUBLISHED");
		this.buyer = SignedIn.user("usr-look-" + run, "look-" + run + "@example.in", Set.of(Role.BUYER), null);
		this.mongo
			.save(new Document("_id", this.buyer.id())
				.append("items", List.of(new Document("listingId", this.listingId).append("quantity", 2)))
				.append("updatedAt", new Date()), "carts")
			.block();
	}

	@Test
	void theHeaderCountsThePiecesInTheCartInBothLanguages() {
		assertThat(page(this.http.mutateWith(SignedIn.as(this.buyer)), "/orders")).contains("id=\"cart-nav\"",
				"Cart (2)");
		assertThat(page(this.http.mutateWith(SignedIn.as(this.buyer)), "/orders?lang=hi")).contains("कार्ट (2)");
		assertThat(page(this.http, "/login")).contains("id=\"cart-nav\"", "Cart (0)");
		// A seller buys nothing here: no cart link on their pages.
		assertThat(page(this.http.mutateWith(SignedIn.as(SignedIn.seller(this.sellerId))), "/seller/orders"))
			.doesNotContain("cart-nav");
	}

	@Test
	void theCartAndTheCheckoutShowEachPiecesThumbnailAndMaker() {
		String thumb = "src=\"/media/thumb-" + this.listingId + "-1\"";
		assertThat(page(this.http.mutateWith(SignedIn.as(this.buyer)), "/cart")).contains(thumb,
				"By " + this.sellerName);
		assertThat(page(this.http.mutateWith(SignedIn.as(this.buyer)), "/checkout")).contains(thumb,
				"By " + this.sellerName);
		assertThat(page(this.http.mutateWith(SignedIn.as(this.buyer)), "/cart?lang=hi"))
			.contains(this.sellerName + " द्वारा");
	}

	@Test
	void theOrderPageShowsEachPiecesThumbnailAndEachPartsMaker() {
		Document order = new FulfilmentFixtures(this.mongo).order(this.buyer.id(), this.buyer.login(), "PAID", "PAID",
				new FulfilmentFixtures.Item(this.sellerId, this.listingId, 1, 2_450_000));
		assertThat(page(this.http.mutateWith(SignedIn.as(this.buyer)), "/orders/" + order.getString("_id")))
			.contains("src=\"/media/thumb-" + this.listingId + "-1\"", "By " + this.sellerName);
	}

	@Test
	void theOrdersListShowsEachOrdersFirstPieceAndItsMakers() {
		String otherSeller = this.sellerId + "-b";
		String otherName = "Stok Carvers " + this.sellerId;
		new SellerFixtures(this.mongo).artisan(otherSeller, otherName,
				"LEH/HC/2024/" + (1000 + (int) (Math.random() * 8000)), "ACTIVE", LocalDate.now().plusYears(2));
		String carving = new ListingFixtures(this.mongo).listing(otherSeller, "PUBLISHED");
		FulfilmentFixtures orders = new FulfilmentFixtures(this.mongo);
		orders.order(this.buyer.id(), this.buyer.login(), "PAID", "PAID",
				new FulfilmentFixtures.Item(this.sellerId, this.listingId, 1, 2_450_000),
				new FulfilmentFixtures.Item(otherSeller, carving, 1, 300_000));
		orders.order(this.buyer.id(), this.buyer.login(), "PAID", "PAID",
				new FulfilmentFixtures.Item(otherSeller, carving, 1, 300_000));

		String list = page(this.http.mutateWith(SignedIn.as(this.buyer)), "/orders");
		assertThat(list).contains("src=\"/media/thumb-" + this.listingId + "-1\"")
			.contains("By " + this.sellerName + ", " + otherName)
			// The carving has no photo: its order shows the drawn placeholder and its
			// maker.
			.contains("line-item__thumb product-card__placeholder")
			.contains("By " + otherName + "<");
		assertThat(page(this.http.mutateWith(SignedIn.as(this.buyer)), "/orders?lang=hi"))
			.contains(this.sellerName + ", " + otherName + " द्वारा");
	}

	private static String page(WebTestClient client, String path) {
		return client.get()
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
