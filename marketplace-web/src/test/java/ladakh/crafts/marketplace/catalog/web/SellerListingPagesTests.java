package ladakh.crafts.marketplace.catalog.web;

import java.time.LocalDate;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.media.DecodeSlots;
import ladakh.crafts.marketplace.testsupport.HeldDecodeSlots;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.testsupport.TestImages;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * The seller's listing pages and the officers' queue render in English and Hindi, carry
 * the CSRF field, show errors beside the fields, and tell a training centre that its
 * products are shown as made by its trainees.
 */
@MockServerTest
class SellerListingPagesTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	DecodeSlots decodeSlots;

	private ListingFixtures fixtures;

	private String seller;

	@BeforeEach
	void seed() {
		this.fixtures = new ListingFixtures(this.mongo);
		this.seller = "art-pages-" + UUID.randomUUID().toString().substring(0, 8);
		new SellerFixtures(this.mongo).artisan(this.seller, "Stanzin Dolma", null, "ACTIVE",
				LocalDate.now().plusYears(2));
	}

	@Test
	void theListingPagesRenderInEnglishAndHindi() {
		String id = this.fixtures.listing(this.seller, "DRAFT");
		String list = page("/seller/listings");
		assertThat(list).contains("My listings", "Draft", "Pashmina shawl " + id, "Put on sale", "name=\"_csrf\"");
		assertThat(page("/seller/listings?lang=hi")).contains("मेरी लिस्टिंग", "मसौदा", "बिक्री पर लगाएँ");
		assertThat(page("/seller/listings/new")).contains("Title in English", "Price in rupees", "Pashmina weaving",
				"name=\"_csrf\"");
		assertThat(page("/seller/listings/new?lang=hi")).contains("अंग्रेज़ी में शीर्षक", "पश्मीना बुनाई");
		assertThat(page("/seller/listings/" + id)).contains("Edit a product", "name=\"version\"",
				"value=\"Pashmina shawl " + id + "\"");
		assertThat(page("/seller/listings/" + id + "/photos")).contains("Add a photo", "multipart/form-data");
		assertThat(page("/seller/listings/" + id + "/photos?lang=hi")).contains("फ़ोटो जोड़ें");
		assertThat(page("/seller")).contains("href=\"/seller/listings\"");
		String staff = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/listings?lang=hi")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(staff).contains("मंज़ूरी की प्रतीक्षा में पहली लिस्टिंग");
	}

	@Test
	void aFormWithProblemsIsShownAgainWithTheMessagesBesideTheFieldsAndNothingSaved() {
		String html = seller().post()
			.uri("/seller/listings")
			.body(BodyInserters.fromFormData("titleEn", "Thangka of Green Tara")
				.with("descriptionEn", "")
				.with("craft", ListingFixtures.CRAFT)
				.with("price", "12.345")
				.with("stock", "many"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("id=\"descriptionEn-error\"", "id=\"price-error\"", "id=\"stock-error\"",
				"value=\"Thangka of Green Tara\"", "Nothing was saved");
		assertThat(this.mongo.count(Query.query(Criteria.where("sellerId").is(this.seller)), "listings").block())
			.isZero();
	}

	@Test
	void aSellerCreatesAListingAddsAPhotoAndPutsItOnSaleThroughTheForms() {
		String location = seller().post()
			.uri("/seller/listings")
			.body(BodyInserters.fromFormData("titleEn", "Thangka of Green Tara")
				.with("descriptionEn", "Mineral colours on cotton.")
				.with("craft", ListingFixtures.CRAFT)
				.with("materials", "cotton, mineral colours")
				.with("price", "18500")
				.with("madeToOrder", "on")
				.with("leadTimeDays", "40"))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		String id = location.replaceAll("^/seller/listings/([^/]+)/photos.*$", "$1");
		Document stored = this.fixtures.stored(id);
		assertThat(stored.getLong("priceMinor")).isEqualTo(1_850_000L);
		assertThat(stored.getBoolean("madeToOrder")).isTrue();
		assertThat(stored.getInteger("leadTimeDays")).isEqualTo(40);
		assertThat(stored.getList("materials", String.class)).containsExactly("cotton", "mineral colours");

		seller().post()
			.uri("/seller/listings/" + id + "/photos")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters
				.fromMultipartData(SellerListingApiTests.photo("tara.png", ListingFixtures.png(640, 480))))
			.exchange()
			.expectStatus()
			.is3xxRedirection();
		assertThat(this.fixtures.stored(id).getList("photos", Document.class)).hasSize(1);
		seller().post()
			.uri("/seller/listings/" + id + "/photos")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(SellerListingApiTests.photo("tara.jpg", "plain text".getBytes())))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("not a photo we can read"));

		seller().post().uri("/seller/listings/" + id + "/submit").exchange().expectStatus().is3xxRedirection();
		assertThat(this.fixtures.stored(id).getString("status")).isEqualTo("PENDING_REVIEW");
		seller().post().uri("/seller/listings/" + id + "/submit").exchange().expectStatus().isEqualTo(409);
	}

	@ParameterizedTest
	@ValueSource(strings = { "gif", "bmp", "tiff" })
	void onlyJpegAndPngPhotosAreTaken(String format) {
		String id = this.fixtures.listing(this.seller, "DRAFT");
		seller().post()
			.uri("/seller/listings/" + id + "/photos")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(
					SellerListingApiTests.photo("shawl." + format, TestImages.encoded(format, 400, 300))))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.value((html) -> assertThat(html).contains("Only JPEG and PNG photos are accepted"));
		assertThat(this.fixtures.stored(id).getList("photos", Document.class)).isEmpty();
	}

	@Test
	void aPhotoSentWhileEveryDecodingSlotIsTakenIsAskedToComeBackSoon() throws InterruptedException {
		String id = this.fixtures.listing(this.seller, "DRAFT");
		try (HeldDecodeSlots held = HeldDecodeSlots.all(this.decodeSlots)) {
			seller().post()
				.uri("/seller/listings/" + id + "/photos")
				.contentType(MediaType.MULTIPART_FORM_DATA)
				.body(BodyInserters
					.fromMultipartData(SellerListingApiTests.photo("tara.png", ListingFixtures.png(640, 480))))
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectBody(String.class)
				.value((html) -> assertThat(html).contains("We are checking many photos right now"));
		}
		assertThat(this.fixtures.stored(id).getList("photos", Document.class)).isEmpty();
	}

	@Test
	void aStaleEditFormIsRefusedWith409AndAskedToReload() {
		String id = this.fixtures.listing(this.seller, "PUBLISHED");
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(id)),
					org.springframework.data.mongodb.core.query.Update.update("version", 3L), "listings")
			.block();
		String html = seller().post()
			.uri("/seller/listings/" + id)
			.body(BodyInserters.fromFormData("titleEn", "Changed")
				.with("descriptionEn", "Changed")
				.with("craft", ListingFixtures.CRAFT)
				.with("price", "100")
				.with("stock", "1")
				.with("version", "2"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("reload");
		assertThat(this.fixtures.stored(id).get("title", Document.class).getString("en")).startsWith("Pashmina");
	}

	@Test
	void aTrainingCentresFormSaysItsProductsAreMadeByItsTrainees() {
		String centre = "tc-pages-" + UUID.randomUUID().toString().substring(0, 8);
		new SellerFixtures(this.mongo).insert(new Document("_id", centre).append("type", "TRAINING_CENTRE")
			.append("name", "Leh Carpet Centre")
			.append("district", "LEH")
			.append("status", "ACTIVE"));
		String html = this.http.mutateWith(SignedIn.as(SignedIn.seller(centre)))
			.get()
			.uri("/seller/listings/new")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("made by its trainees");
		assertThat(page("/seller/listings/new")).doesNotContain("made by its trainees");
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
