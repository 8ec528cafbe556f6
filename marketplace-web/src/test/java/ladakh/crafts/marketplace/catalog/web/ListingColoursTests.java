package ladakh.crafts.marketplace.catalog.web;

import java.time.LocalDate;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Sellers pick a listing's colours from a fixed list on the listing form (labels in
 * English and Hindi); the choice is stored on the listing and shown ticked when the form
 * is opened again; a colour outside the list is refused beside the field.
 */
@MockServerTest
class ListingColoursTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private ListingFixtures fixtures;

	private String seller;

	@BeforeEach
	void seed() {
		this.fixtures = new ListingFixtures(this.mongo);
		this.seller = "art-colours-" + UUID.randomUUID().toString().substring(0, 8);
		new SellerFixtures(this.mongo).artisan(this.seller, "Stanzin Dolma", null, "ACTIVE",
				LocalDate.now().plusYears(2));
	}

	@Test
	void theFormOffersTheColoursInEnglishAndHindi() {
		assertThat(page("/seller/listings/new")).contains("Colours", "name=\"colours\"", "value=\"indigo\"", "Indigo",
				"Grey");
		assertThat(page("/seller/listings/new?lang=hi")).contains("रंग", "नील", "लाल");
	}

	@Test
	void theColoursPickedAreStoredInTheListsOrderAndShownTickedOnTheEditForm() {
		String location = create("cream", "red");
		String id = location.replaceAll("^/seller/listings/([^/]+)/photos.*$", "$1");
		assertThat(this.fixtures.stored(id).getList("colours", String.class)).containsExactly("red", "cream");
		assertThat(page("/seller/listings/" + id)).containsPattern("value=\"red\"\\s+checked")
			.containsPattern("value=\"cream\"\\s+checked")
			.doesNotContainPattern("value=\"blue\"\\s+checked");
	}

	@Test
	void aColourOutsideTheListIsRefusedBesideTheField() {
		String html = seller().post()
			.uri("/seller/listings")
			.body(form().with("colours", "red").with("colours", "sparkly"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("id=\"colours-error\"", "Choose colours from the list.");
		assertThat(this.mongo.count(Query.query(Criteria.where("sellerId").is(this.seller)), "listings").block())
			.isZero();
	}

	private String create(String... colours) {
		var body = form();
		for (String colour : colours) {
			body = body.with("colours", colour);
		}
		return seller().post()
			.uri("/seller/listings")
			.body(body)
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
	}

	private static BodyInserters.FormInserter<String> form() {
		return BodyInserters.fromFormData("titleEn", "Hand-knotted carpet")
			.with("descriptionEn", "Sheep wool on a cotton warp.")
			.with("craft", ListingFixtures.CRAFT)
			.with("materials", "sheep wool")
			.with("price", "18500")
			.with("stock", "1");
	}

	private WebTestClient seller() {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller))).mutateWith(csrf());
	}

	private String page(String path) {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller)))
			.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
