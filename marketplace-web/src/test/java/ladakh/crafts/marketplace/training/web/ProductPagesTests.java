package ladakh.crafts.marketplace.training.web;

import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingStock;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.Concurrently;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.training.products.CentreProducts;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * A centre's product stock: pieces a batch made, listed for sale in one step as the
 * centre's listing whose stock is those pieces, and the listing tied back to the centre
 * and the batch.
 */
@MockServerTest
class ProductPagesTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String centre = "tc-prd-" + this.run;

	private final String otherCentre = "tc-prd-other-" + this.run;

	private final String batch = "batch-prd-" + this.run;

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	CentreProducts products;

	@Autowired
	ListingStock listingStock;

	@BeforeEach
	void aCentreWithABatch() {
		SellerFixtures sellers = new SellerFixtures(this.mongo).craft("wood-carving", "Wood carving", "काष्ठ नक्काशी");
		sellers.insert(centre(this.centre,
				List.of(new Document("userId", SignedIn.instructor().id()).append("name", "Test Instructor"))));
		sellers.insert(centre(this.otherCentre, List.of()));
		this.mongo
			.insert(new Document("_id", this.batch).append("centreId", this.centre)
				.append("craft", "wood-carving")
				.append("startsOn", "2025-04-01")
				.append("endsOn", "2026-03-31")
				.append("capacity", 10)
				.append("seatsLeft", 10)
				.append("trainees", List.of()), "centre_batches")
			.block();
	}

	@Test
	void piecesABatchMadeAreListedInOneStepAndTheListingsStockIsThoseSameP() {
		assertThat(record("4", "2,500")).isEqualTo(303);
		Document product = this.mongo
			.findOne(Query.query(Criteria.where("centreId").is(this.centre)), Document.class, "centre_products")
			.block();
		String id = product.getString("_id");
		String path = "/staff/centres/" + this.centre + "/products/" + id + "/listing";
		List<Integer> clicks = Concurrently.run(5, () -> post(SignedIn.officer(), path));
		assertThat(clicks).filteredOn((status) -> status == 303).hasSize(1);
		assertThat(clicks).filteredOn((status) -> status == 409).hasSize(4);

		String listingId = this.mongo.findById(id, Document.class, "centre_products").block().getString("listingId");
		assertThat(this.mongo.count(Query.query(Criteria.where("sellerId").is(this.centre)), "listings").block())
			.isEqualTo(1);
		assertThat(this.listingStock.of(listingId).block().stock()).isEqualTo(4);
		CentreProducts.Origin origin = this.products.origin(listingId).block();
		assertThat(origin.centreId()).isEqualTo(this.centre);
		assertThat(origin.batchId()).isEqualTo(this.batch);
		String page = page(SignedIn.instructor(), "/staff/centres/" + this.centre + "/products?lang=en");
		assertThat(page).contains("Carved low table " + this.run, "Listed: its stock is the listing", "₹2,500")
			.doesNotContain("List for sale");
	}

	@Test
	void badPiecesAreRefusedBesideTheFieldAndOnlyOfficersRecord() {
		String refused = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/centres/" + this.centre + "/products?lang=en")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form("batchId", "batch-none", "craft", "wood-carving", "titleEn", "Table",
					"descriptionEn", "Walnut", "pieces", "many", "price", "free")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("made-batch-error", "made-pieces-error", "made-price-error");
		assertThat(post(SignedIn.instructor(), "/staff/centres/" + this.centre + "/products")).isEqualTo(403);
		this.http.mutateWith(SignedIn.as(SignedIn.instructor()))
			.get()
			.uri("/staff/centres/" + this.otherCentre + "/products")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private int record(String pieces, String price) {
		return post(SignedIn.officer(), "/staff/centres/" + this.centre + "/products", "batchId", this.batch, "craft",
				"wood-carving", "titleEn", "Carved low table " + this.run, "titleHi", "नक्काशीदार चौकी",
				"descriptionEn", "A walnut choktse carved by the trainees of the 2025 batch.", "pieces", pieces,
				"price", price);
	}

	private int post(MarketplaceUser user, String path, String... pairs) {
		return this.http.mutateWith(SignedIn.as(user))
			.mutateWith(csrf())
			.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form(pairs)))
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private String page(MarketplaceUser user, String path) {
		return this.http.mutateWith(SignedIn.as(user))
			.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	private static Document centre(String id, List<Document> instructors) {
		return new Document("_id", id).append("type", "TRAINING_CENTRE")
			.append("name", "Handicraft Training Centre, Chuchot")
			.append("district", "LEH")
			.append("village", "Chuchot")
			.append("crafts", List.of("wood-carving"))
			.append("status", "ACTIVE")
			.append("centre",
					new Document("scheme", "DISTRICT_PLAN").append("intakeCapacity", 10)
						.append("courseMonths", 24)
						.append("monthlyStipendMinor", 10_000L)
						.append("instructors", instructors));
	}

}
