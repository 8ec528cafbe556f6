package ladakh.crafts.marketplace.sellers.profiles.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import ladakh.crafts.marketplace.search.StorefrontFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
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
 * A shop page and the craft page mark a piece that cannot be bought now "Sold out" (the
 * index's {@code inStock}), and only that piece.
 */
@MockServerTest
class ShopMarksSoldOutTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private StorefrontFixtures catalogue;

	private String artisan;

	private String craft;

	@BeforeEach
	void seed() {
		this.catalogue = new StorefrontFixtures(this.mongo);
		this.craft = "sold-out-" + this.catalogue.run;
		this.artisan = this.catalogue.id("art-so");
		this.catalogue.craft(this.craft, "Sold-out craft", "बिका शिल्प")
			.seller(this.artisan, "ARTISAN", "Dechen Sold", "LEH/HC/2025/0777", "ACTIVE", LocalDate.now().plusYears(2));
		this.catalogue.listing(this.catalogue.id("lst-so-a"), this.artisan, this.craft, "Still here bowl", null,
				150_000L, "PUBLISHED", Instant.now());
		String gone = this.catalogue.id("lst-so-b");
		this.catalogue.listing(gone, this.artisan, this.craft, "All gone bowl", null, 250_000L, "SOLD_OUT",
				Instant.now().minusSeconds(60));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(gone)), Update.update("stock", 0), "listings")
			.block();
		this.catalogue.awaitIndexed(Query.query(Criteria.where("sellerId").is(this.artisan)));
	}

	@Test
	void theShopAndCraftPagesMarkOnlyTheSoldOutPiece() {
		for (String path : new String[] { "/sellers/" + this.artisan, "/crafts/" + this.craft }) {
			String html = page(path);
			assertThat(card(html, "All gone bowl")).as(path).contains("Sold out");
			assertThat(card(html, "Still here bowl")).as(path).doesNotContain("Sold out");
		}
		assertThat(card(page("/sellers/" + this.artisan + "?lang=hi"), "All gone bowl")).contains("बिक गया");
	}

	private static String card(String html, String title) {
		return Arrays.stream(html.split("<article"))
			.filter((part) -> part.contains(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no card for " + title));
	}

	private String page(String path) {
		return this.http.get()
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
