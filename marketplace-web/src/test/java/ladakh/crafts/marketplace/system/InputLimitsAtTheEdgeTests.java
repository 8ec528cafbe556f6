package ladakh.crafts.marketplace.system;

import java.util.LinkedHashMap;
import java.util.List;
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
 * Text is checked once, at the edge, for every form and JSON body: control characters
 * (NUL, ESC, ...; tab and line breaks are text) and fractions where a whole number is
 * expected are refused with 400 naming the field, page and API, and nothing is stored.
 */
@MockServerTest
class InputLimitsAtTheEdgeTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private String seller;

	private MarketplaceUser buyer;

	@BeforeEach
	void people() {
		new ListingFixtures(this.mongo);
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.seller = "art-edge-" + run;
		this.buyer = SignedIn.user("usr-edge-" + run, "edge-" + run + "@example.in", Set.of(Role.BUYER), null);
	}

	private WebTestClient asSeller() {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller))).mutateWith(csrf());
	}

	private long listingsOfSeller() {
		return this.mongo.count(Query.query(Criteria.where("sellerId").is(this.seller)), "listings").block();
	}

	private static Map<String, Object> listing(String title) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", Map.of("en", title));
		body.put("description", Map.of("en", "Hand-spun and hand-woven.\r\n\tIn Changthang."));
		body.put("craft", ListingFixtures.CRAFT);
		body.put("price", Map.of("amountMinor", 250_000, "currency", "INR"));
		body.put("stock", 2);
		return body;
	}

	@Test
	void aJsonStringWithANulOrEscapeIsRefusedNamingTheFieldAndNothingIsStored() {
		for (String bad : List.of("Stole\u0000", "Stole\u001b[31m", "Stole\u007f", "Stole\u0085")) {
			asSeller().post()
				.uri("/api/v1/seller/listings")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(listing(bad))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("title.en");
		}
		assertThat(listingsOfSeller()).isZero();
		// Tabs and line breaks are ordinary text.
		asSeller().post()
			.uri("/api/v1/seller/listings")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(listing("Stole"))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	@Test
	void aFractionWhereAWholeNumberIsExpectedIsRefusedNamingTheField() {
		Map<String, Object> body = listing("Stole");
		body.put("price", Map.of("amountMinor", 10.5, "currency", "INR"));
		asSeller().post()
			.uri("/api/v1/seller/listings")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("price.amountMinor");
		this.http.mutateWith(SignedIn.as(SignedIn.accounts()))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/staff/orders/ord-no-such-order/payments")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"amountMinor\": 10.5, \"reference\": \"UTR1\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("amountMinor");
		assertThat(listingsOfSeller()).isZero();
	}

	@Test
	void aFormFieldWithAControlCharacterIsRefusedWithAMessageInTheReadersLanguage() {
		String page = asSeller().post()
			.uri("/seller/listings")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("titleEn", "Thangka\u0000")
				.with("descriptionEn", "Mineral colours.")
				.with("craft", ListingFixtures.CRAFT)
				.with("price", "18500")
				.with("stock", "1"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("titleEn", "control character");
		assertThat(page).as("the refusal page keeps the signed-in header").contains("action=\"/logout\"");
		String hindi = asSeller().post()
			.uri("/seller/listings?lang=hi")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("titleEn", "Thangka\u0007").with("descriptionEn", "Mineral colours."))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(hindi).contains("titleEn", "नियंत्रण वर्ण");
		assertThat(listingsOfSeller()).isZero();
	}

	@Test
	void aCheckoutAddressFieldWithAControlCharacterIsRefusedAtTheApi() {
		this.http.mutateWith(SignedIn.as(this.buyer))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/checkout")
			.header("Idempotency-Key", "edge-1")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("contact",
					Map.of("name", "Tsering\u0000Dolma", "email", "tsering@example.in", "phone", "9419012345"),
					"shippingAddress",
					Map.of("line1", "House 12", "city", "Leh", "district", "Leh", "state", "Ladakh", "pinCode",
							"194101"),
					"paymentMethod", "UPI"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("contact.name");
	}

	/** Three server errors the fuzz test (EveryEndpointFuzzTests) found, pinned down. */
	@Test
	void whatTheFuzzTestFoundAnswers4xxNot500() {
		// A NUL in a search query cannot even be sent to MongoDB inside a regex.
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri(java.net.URI.create("/staff/sellers?q=%00"))
			.exchange()
			.expectStatus()
			.isBadRequest();
		// A form bigger than the codecs buffer (256 KB).
		asSeller().post()
			.uri("/seller/listings")
			.body(BodyInserters.fromFormData("titleEn", "x".repeat(300_000)))
			.exchange()
			.expectStatus()
			.isEqualTo(413);
		// An id with a space in a problem's instance URI.
		this.http.mutateWith(SignedIn.as(SignedIn.accounts()))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/staff/orders/{id}/payments", "no such order")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"amountMinor\": -1}")
			.exchange()
			.expectStatus()
			.isBadRequest();
		assertThat(listingsOfSeller()).isZero();
	}

}
