package ladakh.crafts.marketplace.media.web;

import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.media.PhotoStore;
import ladakh.crafts.marketplace.media.PhotoStore.Kind;
import ladakh.crafts.marketplace.media.PhotoStore.NewPhoto;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.sellers.registration.ApplicationStatus;
import ladakh.crafts.marketplace.sellers.registration.District;
import ladakh.crafts.marketplace.sellers.registration.RegistrationFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees a stored photo, in the running application with its security: a listing's
 * photos while buyers can see the listing, an artisan's portrait once they are
 * registered; otherwise only the seller it belongs to and staff, and 404 for everyone
 * else.
 */
@MockServerTest
class PhotoAccessTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PhotoStore photos;

	private ListingFixtures fixtures;

	private String run;

	@BeforeEach
	void seed() {
		this.fixtures = new ListingFixtures(this.mongo);
		this.run = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aListingsPhotosArePublicOnlyWhileBuyersCanSeeTheListing() {
		String seller = "art-media-" + this.run;
		String listing = this.fixtures.listing(seller, "DRAFT");
		String photo = store("photo-" + listing + "-1", listing);
		MarketplaceUser owner = SignedIn.seller(seller);

		assertThat(status(photo, null)).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status(photo, SignedIn.seller("art-other-" + this.run))).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status(photo, SignedIn.buyer())).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(cacheControl(photo, owner)).isEqualTo(MediaRoutes.PRIVATE_CACHE);
		assertThat(status(photo, SignedIn.officer())).isEqualTo(HttpStatus.OK);

		setStatus(listing, "PUBLISHED");
		assertThat(cacheControl(photo, null)).isEqualTo(MediaRoutes.PUBLIC_CACHE);
		setStatus(listing, "SOLD_OUT");
		assertThat(status(photo, null)).isEqualTo(HttpStatus.OK);

		// An officer takes it down: the photos go with it, but not from its seller or
		// staff.
		setStatus(listing, "REMOVED");
		assertThat(status(photo, null)).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status(photo, SignedIn.buyer())).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(cacheControl(photo, owner)).isEqualTo(MediaRoutes.PRIVATE_CACHE);
		assertThat(status(photo, SignedIn.officer())).isEqualTo(HttpStatus.OK);
	}

	@Test
	void anApplicantsPortraitIsForStaffUntilTheApplicationMakesThemASeller() {
		String application = new RegistrationFixtures(this.mongo).application(ApplicationStatus.SUBMITTED, District.LEH,
				RegistrationFixtures.newMobile(), null);
		String portrait = store("photo-" + application, application);

		assertThat(status(portrait, null)).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status(portrait, SignedIn.seller("art-media-" + this.run))).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(cacheControl(portrait, SignedIn.officer())).isEqualTo(MediaRoutes.PRIVATE_CACHE);

		String sellerId = "art-" + application.substring("app-".length());
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		sellers.artisan(sellerId, "Stanzin Media", null, "ACTIVE", null);
		sellers.set(sellerId, "photoId", portrait);
		assertThat(cacheControl(portrait, null)).isEqualTo(MediaRoutes.PUBLIC_CACHE);
	}

	@Test
	void aPhotoWhoseOwnerNoAreaKnowsIsForStaffOnly() {
		String photo = store("photo-stray-" + this.run, "stray-" + this.run);
		assertThat(status(photo, null)).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status(photo, SignedIn.officer())).isEqualTo(HttpStatus.OK);
	}

	private String store(String id, String ownerId) {
		this.photos.store(new NewPhoto(id, "image/png", Kind.IMAGE, ownerId, ListingFixtures.png(40, 30))).block();
		return id;
	}

	private void setStatus(String listing, String status) {
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(listing)), Update.update("status", status),
					ListingFixtures.COLLECTION)
			.block();
	}

	private HttpStatus status(String photo, MarketplaceUser user) {
		return HttpStatus.valueOf(get(photo, user).expectBody().returnResult().getStatus().value());
	}

	private String cacheControl(String photo, MarketplaceUser user) {
		return get(photo, user).expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseHeaders()
			.getFirst(HttpHeaders.CACHE_CONTROL);
	}

	private WebTestClient.ResponseSpec get(String photo, MarketplaceUser user) {
		WebTestClient client = (user != null) ? this.http.mutateWith(SignedIn.as(user)) : this.http;
		return client.get().uri("/media/" + photo).exchange();
	}

}
