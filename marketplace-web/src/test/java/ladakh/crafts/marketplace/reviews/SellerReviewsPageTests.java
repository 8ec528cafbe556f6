package ladakh.crafts.marketplace.reviews;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * A seller's page of the reviews of their own pieces (linked from their home): each
 * review with its piece, a form to answer it while unanswered, and the answer once given
 * (back on the same page); other sellers' reviews and hidden ones are not there, and only
 * sellers open it.
 */
@MockServerTest
class SellerReviewsPageTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Reviews reviews;

	private FulfilmentFixtures orders;

	private String seller;

	private String listing;

	private String otherListing;

	@BeforeEach
	void seed() {
		this.orders = new FulfilmentFixtures(this.mongo);
		ListingFixtures listings = new ListingFixtures(this.mongo);
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		this.seller = "art-srev-" + UUID.randomUUID();
		String other = "art-srev-other-" + UUID.randomUUID();
		sellers.artisan(this.seller, "Padma Srev", "LEH/HC/2024/" + (10000 + (int) (Math.random() * 89999)), "ACTIVE",
				LocalDate.now().plusYears(2));
		sellers.artisan(other, "Other Srev", "LEH/HC/2024/" + (10000 + (int) (Math.random() * 89999)), "ACTIVE",
				LocalDate.now().plusYears(2));
		this.listing = listings.listing(this.seller, "PUBLISHED");
		this.otherListing = listings.listing(other, "PUBLISHED");
	}

	@Test
	void theSellerSeesTheirPiecesReviewsAnswersOneAndSeesTheAnswerThere() {
		Review warm = write(this.listing, "5", "Warm and light, thank you.");
		Review late = write(this.listing, "3", "Lovely, but it came late.");
		Review hidden = write(this.listing, "1", "Something not fit to print.");
		this.reviews
			.hide(SignedIn.user("usr-srev-officer", "officer@example.in", Set.of(Role.OFFICER), null), hidden.id(),
					"Abuse")
			.block();
		write(this.otherListing, "4", "Someone else's piece, nice.");
		writtenAgo(warm, 2);
		writtenAgo(late, 1);

		assertThat(page("/seller")).contains("href=\"/seller/reviews\"");
		String html = page("/seller/reviews");
		assertThat(html)
			.contains("Reviews of your pieces", "Warm and light, thank you.", "Lovely, but it came late.",
					"href=\"/listings/" + this.listing + "\"", "Pashmina shawl " + this.listing,
					"action=\"/seller/reviews/" + warm.id() + "/answer\"",
					"action=\"/seller/reviews/" + late.id() + "/answer\"")
			.doesNotContain("Something not fit to print.", "Someone else's piece, nice.", this.otherListing);
		// Newest first.
		assertThat(html.indexOf("Lovely, but it came late.")).isLessThan(html.indexOf("Warm and light, thank you."));

		String location = answer(late.id(), "Sorry: the road to Leh was closed by snow.");
		assertThat(location).isEqualTo("/seller/reviews?answered#review-" + late.id());
		html = page("/seller/reviews?answered");
		assertThat(html).contains("Your answer is on the product page.", "Sorry: the road to Leh was closed by snow.")
			.doesNotContain("action=\"/seller/reviews/" + late.id() + "/answer\"")
			.contains("action=\"/seller/reviews/" + warm.id() + "/answer\"");
		assertThat(page("/seller/reviews?lang=hi")).contains("आपकी वस्तुओं की समीक्षाएँ");
	}

	@Test
	void onlySellersOpenIt() {
		MarketplaceUser buyer = buyer();
		this.http.mutateWith(SignedIn.as(buyer)).get().uri("/seller/reviews").exchange().expectStatus().isForbidden();
	}

	private Review write(String listingId, String stars, String text) {
		MarketplaceUser buyer = buyer();
		Document order = this.orders.order(buyer.id(), buyer.login(), "PAID", "DELIVERED",
				new FulfilmentFixtures.Item(ownerOf(listingId), listingId, 1, 250_000));
		return this.reviews.write(buyer, listingId, FulfilmentFixtures.partIds(order).get(0), stars, text, null)
			.block();
	}

	private void writtenAgo(Review review, int hours) {
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(review.id())),
					Update.update("createdAt", Date.from(Instant.now().minus(Duration.ofHours(hours)))), "reviews")
			.block();
	}

	private String ownerOf(String listingId) {
		return this.mongo.findById(listingId, Document.class, "listings").block().getString("sellerId");
	}

	private String answer(String reviewId, String words) {
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("answer", words);
		form.add("back", "list");
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller)))
			.mutateWith(csrf())
			.post()
			.uri("/seller/reviews/" + reviewId + "/answer")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
	}

	private String page(String path) {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(this.seller)))
			.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static MarketplaceUser buyer() {
		String id = "usr-srev-" + UUID.randomUUID();
		return SignedIn.user(id, id + "@example.in", Set.of(Role.BUYER), null);
	}

}
