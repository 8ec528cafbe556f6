package ladakh.crafts.marketplace.system;

import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
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
 * Form bodies that no browser sends, found by EveryEndpointSurvivesHostileInputTests
 * where they answered 500:
 * <ul>
 * <li>a field named like a property path ({@code materials[$in]}, {@code class[class]},
 * how query-string parsers smuggle operators in) is not followed into the form's record:
 * a form binds its own fields by name, through the record's constructor, and the request
 * is handled as if the field were not there;
 * <li>a body that is not valid URL encoding ({@code %zz}) is refused with 400.
 * </ul>
 */
@MockServerTest
class FormBodiesFromHostileClientsTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	private ListingFixtures listings;

	private String seller;

	@BeforeEach
	void seed() {
		this.listings = new ListingFixtures(this.mongo);
		this.seller = "art-binding-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aListingEditWithAFieldNamedLikeAPathSavesTheFormsOwnFields() {
		String id = this.listings.listing(this.seller, "DRAFT");
		int status = asSeller().post()
			.uri("/seller/listings/" + id)
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("titleEn", "Pashmina stole")
				.with("descriptionEn", "Hand-spun.")
				.with("craft", ListingFixtures.CRAFT)
				.with("materials", "pashmina wool")
				.with("price", "2500")
				.with("stock", "3")
				.with("version", "0")
				.with("materials[$in]", "a")
				.with("class[class]", "x")
				.with("titleEn.en", "y"))
			.exchange()
			.returnResult(Void.class)
			.getStatus()
			.value();
		assertThat(status).isEqualTo(303);
		Document stored = this.listings.stored(id);
		assertThat(stored.getList("materials", Object.class)).containsExactly("pashmina wool");
		assertThat(stored.get("title", Document.class).getString("en")).isEqualTo("Pashmina stole");
	}

	@Test
	void aPhotoMoveWithTheDirectionAsAMapIsNoServerErrorAndMovesNothing() {
		String id = this.listings.listingWithPhoto(this.seller, "DRAFT");
		Object photos = this.listings.stored(id).get("photos");
		int status = asSeller().post()
			.uri("/seller/listings/" + id + "/photos/" + ListingFixtures.photoId(id) + "/move")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("direction[$in]", "down"))
			.exchange()
			.returnResult(Void.class)
			.getStatus()
			.value();
		assertThat(status).isLessThan(500);
		assertThat(this.listings.stored(id).get("photos")).isEqualTo(photos);
	}

	@Test
	void aTakedownWhoseReasonIsAMapIsRefusedForWantOfAReason() {
		String id = this.listings.listing(this.seller, "PUBLISHED");
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/listings/" + id + "/take-down")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("reason[$in]", "spam"))
			.exchange()
			.expectStatus()
			.isBadRequest();
		assertThat(this.listings.stored(id).getString("status")).isEqualTo("PUBLISHED");
	}

	/**
	 * A handler that reads the raw form gets a 400 for a body that is not valid URL
	 * encoding, not the decoder's error as a 500.
	 */
	@Test
	void aFormBodyThatIsNotValidUrlEncodingIsRefusedWith400() {
		this.http.mutateWith(csrf())
			.post()
			.uri("/register/status")
			.accept(MediaType.TEXT_HTML)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("reference=%zz&mobile=%")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	private WebTestClient asSeller() {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller))).mutateWith(csrf());
	}

}
