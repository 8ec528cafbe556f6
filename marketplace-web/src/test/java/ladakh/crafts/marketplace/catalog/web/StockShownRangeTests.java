package ladakh.crafts.marketplace.catalog.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
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
 * The stock a seller's client says it showed ({@code stockShown}) is checked for range
 * before stock is changed by the difference: an extreme value (which overflowed the
 * difference and drove stock negative) answers 400 beside the field, page and API, and
 * stock stays as it was.
 */
@MockServerTest
class StockShownRangeTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private ListingFixtures fixtures;

	private String seller;

	@BeforeEach
	void seed() {
		this.fixtures = new ListingFixtures(this.mongo);
		this.seller = "art-shown-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private WebTestClient asSeller() {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller))).mutateWith(csrf());
	}

	@Test
	void theApiRefusesAStockShownOutOfRangeNamingTheFieldAndLeavesStockAlone() {
		String id = this.fixtures.listing(this.seller, "DRAFT");
		for (long shown : new long[] { Integer.MIN_VALUE, -1, 100_001 }) {
			Map<String, Object> body = new LinkedHashMap<>(SellerListingApiTests.body("Pashmina stole", 250_000L, 0));
			body.put("version", 0);
			body.put("stockShown", shown);
			asSeller().put()
				.uri("/api/v1/seller/listings/" + id)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("stockShown");
			assertThat(this.fixtures.stored(id).getInteger("stock")).as("stockShown %d", shown).isEqualTo(3);
		}
	}

	@Test
	void theFormRefusesAStockShownOutOfRangeBesideTheStockField() {
		String id = this.fixtures.listing(this.seller, "DRAFT");
		String html = asSeller().post()
			.uri("/seller/listings/" + id)
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("titleEn", "Pashmina stole")
				.with("descriptionEn", "Hand-spun.")
				.with("craft", ListingFixtures.CRAFT)
				.with("price", "2500")
				.with("stock", "0")
				.with("version", "0")
				.with("stockShown", "-2147483648"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("id=\"stock-error\"");
		assertThat(this.fixtures.stored(id).getInteger("stock")).isEqualTo(3);
	}

}
