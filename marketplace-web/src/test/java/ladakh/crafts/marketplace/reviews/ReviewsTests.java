package ladakh.crafts.marketplace.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.orders.FulfilmentFixtures;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.audit.AuditTrail;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.system.security.Role;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Reviews against the in-process MongoDB, through the pages: only the buyer of a
 * delivered part reviews (403 otherwise), once per part (409), the seller answers once
 * (409) and only their own (404), an officer's hiding takes a review off the page and out
 * of the average (and into the audit trail), and the average stays exact under concurrent
 * reviews.
 */
@MockServerTest
class ReviewsTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Reviews reviews;

	@Autowired
	AuditTrail audit;

	private FulfilmentFixtures orders;

	private String seller;

	private String listing;

	@BeforeEach
	void seed() {
		this.orders = new FulfilmentFixtures(this.mongo);
		ListingFixtures listings = new ListingFixtures(this.mongo);
		this.seller = "art-rev-" + UUID.randomUUID();
		new SellerFixtures(this.mongo).artisan(this.seller, "Stanzin Rev",
				"LEH/HC/2024/" + (10000 + (int) (Math.random() * 89999)), "ACTIVE", LocalDate.now().plusYears(2));
		this.listing = listings.listing(this.seller, "PUBLISHED");
	}

	@Test
	void aBuyerWithoutADeliveredPartIsRefused() {
		MarketplaceUser buyer = buyer();
		String paid = part(buyer, "PAID");
		post(buyer, "/listings/" + this.listing + "/review", "part", paid, "stars", "5", "text", "Warm and light.")
			.expectStatus()
			.isForbidden();
		// a delivered part, but someone else's
		String theirs = part(buyer(), "DELIVERED");
		post(buyer, "/listings/" + this.listing + "/review", "part", theirs, "stars", "5", "text", "Warm and light.")
			.expectStatus()
			.isForbidden();
		get(buyer, "/listings/" + this.listing + "/review?part=" + theirs).expectStatus().isForbidden();
		assertThat(this.reviews.onProductPage(this.listing).block().rating().count()).isZero();
	}

	@Test
	void aSecondReviewOfTheSamePartIsAConflict() {
		MarketplaceUser buyer = buyer();
		String part = part(buyer, "DELIVERED");
		get(buyer, "/listings/" + this.listing + "/review?part=" + part).expectStatus().isOk();
		post(buyer, "/listings/" + this.listing + "/review", "part", part, "stars", "4", "text", "Soft, as promised.")
			.expectStatus()
			.is3xxRedirection();
		post(buyer, "/listings/" + this.listing + "/review", "part", part, "stars", "1", "text", "Changed my mind now.")
			.expectStatus()
			.isEqualTo(409);
		get(buyer, "/listings/" + this.listing + "/review?part=" + part).expectStatus().isEqualTo(409);
		Reviews.ListingRating rating = this.reviews.onProductPage(this.listing).block();
		assertThat(rating.rating().count()).isEqualTo(1);
		assertThat(rating.rating().sum()).isEqualTo(4);
	}

	@Test
	void aReviewWithMistakesComesBackWithTheMessagesBesideTheFieldsAndTheTextKept() {
		MarketplaceUser buyer = buyer();
		String part = part(buyer, "DELIVERED");
		String html = post(buyer, "/listings/" + this.listing + "/review", "part", part, "stars", "9", "text", "Nice")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(html).contains("id=\"stars-error\"", "Choose from 1 to 5 stars.", "id=\"text-error\"",
				"Write at least 10 characters.", ">Nice</textarea>");
	}

	@Test
	void aHiddenReviewLeavesThePageAndTheAverage() {
		MarketplaceUser happy = buyer();
		MarketplaceUser unhappy = buyer();
		this.reviews.write(happy, this.listing, part(happy, "DELIVERED"), "5", "Beautiful weave, fast post.", null)
			.block();
		Review rude = this.reviews
			.write(unhappy, this.listing, part(unhappy, "DELIVERED"), "1", "Something not fit to print.", null)
			.block();
		assertThat(productPage()).contains("3.0 out of 5 from 2 reviews", "Something not fit to print.");

		post(SignedIn.officer(), "/staff/reviews/" + rude.id() + "/hide", "reason", "Abusive words").expectStatus()
			.is3xxRedirection();
		post(SignedIn.officer(), "/staff/reviews/" + rude.id() + "/hide", "reason", "Again").expectStatus()
			.isEqualTo(409);

		assertThat(productPage()).contains("5.0 out of 5 from 1 review", "Beautiful weave, fast post.")
			.doesNotContain("Something not fit to print.");
		assertThat(get(SignedIn.buyer(), "/listings/" + this.listing + "/reviews").expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody()).doesNotContain("Something not fit to print.");
		assertThat(this.audit.about("REVIEW", rude.id()).collectList().block()).singleElement().satisfies((event) -> {
			assertThat(event.action()).isEqualTo("REVIEW_HIDDEN");
			assertThat(event.reason()).isEqualTo("Abusive words");
		});
	}

	@Test
	void theAverageIsExactOverConcurrentReviews() {
		int count = 40;
		List<MarketplaceUser> buyers = IntStream.range(0, count).mapToObj((n) -> buyer()).toList();
		List<String> parts = buyers.stream().map((buyer) -> part(buyer, "DELIVERED")).toList();
		List<Review> written = Flux.range(0, count)
			.flatMap((n) -> this.reviews
				.write(buyers.get(n), this.listing, parts.get(n), String.valueOf(1 + n % 5), "Review number " + n, null)
				.subscribeOn(Schedulers.parallel()), count)
			.collectList()
			.block();
		// and each part once more, all at the same time: none of these counts
		List<Object> again = Flux.range(0, count)
			.flatMap((n) -> this.reviews
				.write(buyers.get(n), this.listing, parts.get(n), "5", "Second try number " + n, null)
				.<Object>map((review) -> review)
				.onErrorResume(ladakh.crafts.marketplace.shared.Refusal.class,
						(ex) -> reactor.core.publisher.Mono.just(ex.kind()))
				.subscribeOn(Schedulers.parallel()), count)
			.collectList()
			.block();

		assertThat(written).hasSize(count);
		assertThat(again).containsOnly(ladakh.crafts.marketplace.shared.Refusal.Kind.CONFLICT);
		long sum = IntStream.range(0, count).map((n) -> 1 + n % 5).sum();
		Rating rating = this.reviews.onProductPage(this.listing).block().rating();
		assertThat(rating.count()).isEqualTo(count);
		assertThat(rating.sum()).isEqualTo(sum);
		assertThat(productPage()).contains("3.0 out of 5 from 40 reviews");
	}

	@Test
	void theSellerAnswersOnceAndAnotherSellerCannot() {
		MarketplaceUser buyer = buyer();
		Review review = this.reviews
			.write(buyer, this.listing, part(buyer, "DELIVERED"), "4", "Good, the colour is deeper.", null)
			.block();
		String other = "art-rev-other-" + UUID.randomUUID();
		post(SignedIn.seller(other), "/seller/reviews/" + review.id() + "/answer", "answer", "Not mine to say.")
			.expectStatus()
			.isNotFound();
		post(SignedIn.seller(this.seller), "/seller/reviews/" + review.id() + "/answer", "answer",
				"Thank you, it is natural walnut dye.")
			.expectStatus()
			.is3xxRedirection();
		post(SignedIn.seller(this.seller), "/seller/reviews/" + review.id() + "/answer", "answer", "Once more.")
			.expectStatus()
			.isEqualTo(409);
		assertThat(productPage()).contains("Thank you, it is natural walnut dye.").doesNotContain("Once more.");
	}

	@Test
	void theApiWritesAndListsReviewsWithTheSameRefusals() {
		MarketplaceUser buyer = buyer();
		String part = part(buyer, "DELIVERED");
		String body = "{\"part\":\"" + part + "\",\"stars\":\"4\",\"text\":\"Sent from the app, all fine.\"}";
		api(buyer(), body).expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("review.refused.notBuyer");
		api(buyer, body).expectStatus().isCreated().expectBody().jsonPath("$.stars").isEqualTo(4);
		api(buyer, body).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("review.refused.twice");
		this.http.get()
			.uri("/api/v1/listings/" + this.listing + "/reviews")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.average")
			.isEqualTo("4.0")
			.jsonPath("$.count")
			.isEqualTo(1)
			.jsonPath("$.reviews[0].text")
			.isEqualTo("Sent from the app, all fine.");
	}

	private WebTestClient.ResponseSpec api(MarketplaceUser user, String json) {
		return this.http.mutateWith(SignedIn.as(user))
			.mutateWith(csrf())
			.post()
			.uri("/api/v1/listings/" + this.listing + "/reviews")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

	@Test
	void aReviewMayCarryAPhotoCheckedByItsContent() {
		MarketplaceUser buyer = buyer();
		String part = part(buyer, "DELIVERED");
		String refused = multipart(buyer, part, "shawl.jpg", "not a photo at all".getBytes()).expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("id=\"photo-error\"", "Warm, light and exactly as shown.");
		assertThat(this.reviews.onProductPage(this.listing).block().rating().count()).isZero();

		multipart(buyer, part, "shawl.png", ListingFixtures.png(640, 480)).expectStatus().is3xxRedirection();
		Review review = this.reviews.onProductPage(this.listing).block().reviews().items().get(0);
		assertThat(review.photoId()).isNotNull();
		assertThat(productPage()).contains("/media/" + review.photoId());
		this.http.get()
			.uri("/media/" + review.photoId())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.IMAGE_JPEG);
	}

	private WebTestClient.ResponseSpec multipart(MarketplaceUser buyer, String part, String filename, byte[] bytes) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("part", part);
		parts.part("stars", "5");
		parts.part("text", "Warm, light and exactly as shown.");
		parts.part("photo", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return filename;
			}
		}).contentType(filename.endsWith(".png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG);
		return this.http.mutateWith(SignedIn.as(buyer))
			.mutateWith(csrf())
			.post()
			.uri("/listings/" + this.listing + "/review")
			.body(BodyInserters.fromMultipartData(parts.build()))
			.exchange();
	}

	private String productPage() {
		return this.http.get()
			.uri("/listings/" + this.listing)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static MarketplaceUser buyer() {
		String id = "usr-rev-" + UUID.randomUUID();
		return SignedIn.user(id, id + "@example.in", Set.of(Role.BUYER), null);
	}

	private String part(MarketplaceUser buyer, String status) {
		Document order = this.orders.order(buyer.id(), buyer.login(), "PAID", status,
				new FulfilmentFixtures.Item(this.seller, this.listing, 1, 250_000));
		return FulfilmentFixtures.partIds(order).get(0);
	}

	private WebTestClient.ResponseSpec get(MarketplaceUser user, String path) {
		return this.http.mutateWith(SignedIn.as(user)).get().uri(path).exchange();
	}

	private WebTestClient.ResponseSpec post(MarketplaceUser user, String path, String... fields) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			form.add(fields[i], fields[i + 1]);
		}
		return this.http.mutateWith(SignedIn.as(user))
			.mutateWith(csrf())
			.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange();
	}

}
