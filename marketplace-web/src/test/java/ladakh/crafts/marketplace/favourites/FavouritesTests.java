package ladakh.crafts.marketplace.favourites;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Favourites through the pages against the in-process MongoDB: saving twice keeps one,
 * removing twice is fine, nobody sees another person's favourites, a listing nobody can
 * see cannot be saved, and the list pages by keyset.
 */
@MockServerTest
class FavouritesTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Favourites favourites;

	private ListingFixtures listings;

	private String seller;

	@BeforeEach
	void seed() {
		this.listings = new ListingFixtures(this.mongo);
		this.seller = "art-fav-" + UUID.randomUUID();
		new SellerFixtures(this.mongo).artisan(this.seller, "Rigzin Fav",
				"LEH/HC/2023/" + (10000 + (int) (Math.random() * 89999)), "ACTIVE", LocalDate.now().plusYears(2));
	}

	@Test
	void savingTwiceKeepsOneAndRemovingTwiceIsFine() {
		MarketplaceUser buyer = buyer();
		String listing = this.listings.listing(this.seller, "PUBLISHED");
		post(buyer, "/favourites/listings/" + listing).expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location("/listings/" + listing + "?saved");
		post(buyer, "/favourites/listings/" + listing).expectStatus().is3xxRedirection();
		post(buyer, "/favourites/makers/" + this.seller).expectStatus().is3xxRedirection();
		post(buyer, "/favourites/makers/" + this.seller).expectStatus().is3xxRedirection();

		assertThat(this.favourites.of(buyer, null).block().items()).hasSize(2);
		String page = page(buyer);
		assertThat(page).contains("Pashmina shawl " + listing, "Rigzin Fav");
		assertThat(page.split("Pashmina shawl " + listing, -1)).hasSize(2);

		post(buyer, "/favourites/listings/" + listing + "/remove").expectStatus().is3xxRedirection();
		post(buyer, "/favourites/listings/" + listing + "/remove").expectStatus().is3xxRedirection();
		assertThat(this.favourites.of(buyer, null).block().items()).singleElement()
			.satisfies((favourite) -> assertThat(favourite.kind()).isEqualTo(Favourite.Kind.MAKER));
	}

	@Test
	void theProductAndShopPagesSayWhatIsSavedAndRemoveLeadsBack() {
		MarketplaceUser buyer = buyer();
		String listing = this.listings.listing(this.seller, "PUBLISHED");
		assertThat(view(buyer, "/listings/" + listing)).contains("id=\"save-listing\"")
			.doesNotContain("unsave-listing");
		post(buyer, "/favourites/listings/" + listing).expectStatus().is3xxRedirection();
		assertThat(view(buyer, "/listings/" + listing)).contains("Saved in your favourites", "id=\"unsave-listing\"");
		assertThat(view(buyer(), "/listings/" + listing)).contains("id=\"save-listing\"");
		this.http.mutateWith(SignedIn.as(buyer))
			.mutateWith(csrf())
			.post()
			.uri("/favourites/listings/" + listing + "/remove")
			.contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("back=page")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location("/listings/" + listing);
		assertThat(view(buyer, "/listings/" + listing)).contains("id=\"save-listing\"");

		post(buyer, "/favourites/makers/" + this.seller).expectStatus().is3xxRedirection();
		assertThat(view(buyer, "/sellers/" + this.seller)).contains("id=\"unsave-maker\"");
	}

	private String view(MarketplaceUser user, String path) {
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

	@Test
	void nobodySeesAnotherPersonsFavourites() {
		MarketplaceUser first = buyer();
		MarketplaceUser second = buyer();
		String listing = this.listings.listing(this.seller, "PUBLISHED");
		post(first, "/favourites/listings/" + listing).expectStatus().is3xxRedirection();
		assertThat(page(second)).doesNotContain(listing);
		// removing someone else's is removing nothing of theirs
		post(second, "/favourites/listings/" + listing + "/remove").expectStatus().is3xxRedirection();
		assertThat(page(first)).contains("Pashmina shawl " + listing);
	}

	@Test
	void aListingBuyersCannotSeeIsNotSaved() {
		MarketplaceUser buyer = buyer();
		String draft = this.listings.listing(this.seller, "DRAFT");
		post(buyer, "/favourites/listings/" + draft).expectStatus().isNotFound();
		post(buyer, "/favourites/makers/no-such-maker").expectStatus().isNotFound();
		assertThat(this.favourites.of(buyer, null).block().items()).isEmpty();
	}

	@Test
	void theListPagesByKeyset() {
		MarketplaceUser buyer = buyer();
		for (int n = 0; n < 52; n++) {
			this.favourites.add(buyer, Favourite.Kind.LISTING, this.listings.listing(this.seller, "PUBLISHED")).block();
		}
		var first = this.favourites.of(buyer, null).block();
		assertThat(first.items()).hasSize(50);
		assertThat(first.next()).isNotNull();
		var second = this.favourites.of(buyer, first.next()).block();
		assertThat(second.items()).hasSize(2).doesNotContainAnyElementsOf(first.items());
		assertThat(second.next()).isNull();
		assertThat(page(buyer)).contains("rel=\"next\"");
	}

	private String page(MarketplaceUser buyer) {
		return this.http.mutateWith(SignedIn.as(buyer))
			.get()
			.uri("/favourites")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec post(MarketplaceUser user, String path) {
		return this.http.mutateWith(SignedIn.as(user)).mutateWith(csrf()).post().uri(path).exchange();
	}

	private static MarketplaceUser buyer() {
		String id = "usr-fav-" + UUID.randomUUID();
		return SignedIn.user(id, id + "@example.in", Set.of(Role.BUYER), null);
	}

}
