package ladakh.crafts.marketplace.exhibitions.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.catalog.ListingFixtures;
import ladakh.crafts.marketplace.exhibitions.StallApplications;
import ladakh.crafts.marketplace.exhibitions.StallKind;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.testsupport.HtmlForms;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Sellers' stall applications on the in-process MongoDB: an active seller of an eligible
 * kind applies for their own seller, once per exhibition, within the window (India time),
 * with their own listings only; they see and withdraw their applications while the window
 * is open; another seller's application is not found.
 */
@MockServerTest
class SellerApplicationPagesTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String open = "open-fair-" + this.run;

	private final String closed = "closed-fair-" + this.run;

	private final String shgOnly = "shg-fair-" + this.run;

	private final String artisan = "art-apply-" + this.run;

	private final String other = "art-other-" + this.run;

	private final LocalDate today = IndiaTime.dayOf(java.time.Instant.now());

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	StallApplications applications;

	private String listing;

	private String othersListing;

	@BeforeEach
	void seed() {
		SellerFixtures sellers = new SellerFixtures(this.mongo).craft("pashmina-weaving", "Pashmina weaving",
				"पश्मीना बुनाई");
		sellers.artisan(this.artisan, "Tsering Apply", null, "ACTIVE", this.today.plusYears(1));
		sellers.artisan(this.other, "Padma Other", null, "ACTIVE", this.today.plusYears(1));
		ListingFixtures listings = new ListingFixtures(this.mongo);
		this.listing = listings.listing(this.artisan, "PUBLISHED");
		this.othersListing = listings.listing(this.other, "PUBLISHED");
		exhibition(this.open, "Open Fair", this.today.minusDays(1), this.today.plusDays(10), List.of("ARTISAN"));
		exhibition(this.closed, "Closed Fair", this.today.minusDays(20), this.today.minusDays(1), List.of("ARTISAN"));
		exhibition(this.shgOnly, "SHG Fair", this.today.minusDays(1), this.today.plusDays(10), List.of("SHG"));
	}

	@Test
	void aSellerAppliesOnceForTheirOwnSellerAndSeesTheApplication() {
		assertThat(page(this.artisan, "/exhibitions/" + this.open, 200))
			.contains("href=\"/seller/exhibitions/" + this.open + "/apply\"");
		assertThat(page(this.artisan, "/seller/exhibitions", 200)).contains("Open Fair", "Taking applications");
		assertThat(page(this.artisan, "/seller/exhibitions/" + this.open + "/apply", 200)).contains("Pashmina weaving",
				"name=\"listingIds\" value=\"" + this.listing + "\"");
		apply(this.artisan, this.open, form(this.listing), 303);
		Document stored = this.mongo
			.findOne(Query.query(Criteria.where("exhibitionId").is(this.open).and("sellerId").is(this.artisan)),
					Document.class, "stall_applications")
			.block();
		assertThat(stored.getString("status")).isEqualTo("APPLIED");
		assertThat(stored.getList("listingIds", String.class)).containsExactly(this.listing);
		assertThat(stored.getString("kind")).isEqualTo("HANDLOOM");
		assertThat(stored.getInteger("widthDm")).isEqualTo(40);
		assertThat(page(this.artisan, "/seller/exhibitions", 200)).contains("Applied, waiting for the draw",
				"Handloom stall, 4 × 3 m", "Withdraw my application for Open Fair");
		assertThat(apply(this.artisan, this.open, form(this.listing), 409))
			.contains("You have already applied for a stall at this exhibition.");
		assertThat(page(this.artisan, "/seller/exhibitions?lang=hi", 200)).contains("मेरे आवेदन");
	}

	@Test
	void onlyOwnListingsAnEligibleKindAndAnOpenWindowAreAccepted() {
		assertThat(apply(this.artisan, this.open, form(this.othersListing), 400))
			.contains("Tick only your own listings.");
		assertThat(apply(this.artisan, this.shgOnly, form(this.listing), 409))
			.contains("does not take applications from your kind of seller");
		assertThat(apply(this.artisan, this.closed, form(this.listing), 409))
			.contains("This exhibition is not taking applications now.");
		MultiValueMap<String, String> noCraft = form(this.listing);
		noCraft.remove("crafts");
		assertThat(apply(this.artisan, this.open, noCraft, 400)).contains("Tick between one and 5 crafts");
		assertThat(this.mongo.count(Query.query(Criteria.where("sellerId").is(this.artisan)), "stall_applications")
			.block()).isZero();
	}

	@Test
	void aSellerWithdrawsWhileTheWindowIsOpenAndAnotherSellersApplicationIsNotFound() {
		apply(this.artisan, this.open, form(this.listing), 303);
		String id = this.mongo
			.findOne(Query.query(Criteria.where("exhibitionId").is(this.open).and("sellerId").is(this.artisan)),
					Document.class, "stall_applications")
			.block()
			.getString("_id");
		seller(this.other).post()
			.uri("/seller/exhibitions/applications/" + id + "/withdraw")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isNotFound();
		seller(this.artisan).post()
			.uri("/seller/exhibitions/applications/" + id + "/withdraw")
			.exchange()
			.expectStatus()
			.isSeeOther();
		assertThat(status(id)).isEqualTo("WITHDRAWN");
		seller(this.artisan).post()
			.uri("/seller/exhibitions/applications/" + id + "/withdraw")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		// Applying again after withdrawing takes the same application back up.
		apply(this.artisan, this.open, form(this.listing), 303);
		assertThat(status(id)).isEqualTo("APPLIED");
	}

	@Test
	void twoApplicationsSentAtOnceMakeExactlyOne() {
		StallApplications.Choice choice = new StallApplications.Choice(List.of("pashmina-weaving"), List.of(),
				StallKind.HANDICRAFT, 30, 30);
		List<String> outcomes = Mono
			.zip(outcome(this.applications.apply(this.other, this.open, choice)),
					outcome(this.applications.apply(this.other, this.open, choice)))
			.map((both) -> List.of(both.getT1(), both.getT2()))
			.block();
		assertThat(outcomes).containsExactlyInAnyOrder("stored", "exhibitions.apply.already");
		assertThat(this.mongo
			.count(Query.query(Criteria.where("sellerId").is(this.other).and("exhibitionId").is(this.open)),
					"stall_applications")
			.block()).isEqualTo(1);
	}

	private static Mono<String> outcome(Mono<?> apply) {
		return apply.map((stored) -> "stored").onErrorResume(Refusal.class, (ex) -> Mono.just(ex.messageKey()));
	}

	private String status(String id) {
		return this.mongo.findById(id, Document.class, "stall_applications").block().getString("status");
	}

	private void exhibition(String id, String name, LocalDate opensOn, LocalDate closesOn, List<String> kinds) {
		this.mongo
			.insert(new Document("_id", id).append("name", new Document("en", name).append("hi", name))
				.append("place", "Leh")
				.append("district", "LEH")
				.append("startsOn", this.today.plusDays(30).toString())
				.append("endsOn", this.today.plusDays(32).toString())
				.append("applications",
						new Document("opensOn", opensOn.toString()).append("closesOn", closesOn.toString())
							.append("feeDueOn", this.today.plusDays(25).toString())
							.append("sellerKinds", kinds)
							.append("crafts", List.of())),
					"exhibitions")
			.block();
	}

	private static MultiValueMap<String, String> form(String listingId) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("crafts", "pashmina-weaving");
		form.add("listingIds", listingId);
		form.add("kind", "handloom");
		form.add("size", "4x3");
		return form;
	}

	private WebTestClient seller(String sellerId) {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(sellerId))).mutateWith(csrf());
	}

	private String apply(String sellerId, String exhibitionId, MultiValueMap<String, String> form, int status) {
		return new HtmlForms(this.http).post(SignedIn.seller(sellerId),
				"/seller/exhibitions/" + exhibitionId + "/apply", form, status);
	}

	private String page(String sellerId, String path, int status) {
		return new HtmlForms(this.http).page(SignedIn.seller(sellerId), path, status);
	}

}
