package ladakh.crafts.marketplace.deputations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.exhibitions.AllocationRecord;
import ladakh.crafts.marketplace.exhibitions.Stall;
import ladakh.crafts.marketplace.exhibitions.StallDraws;
import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.testsupport.HtmlForms;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deputation on the in-process MongoDB: an announced exhibition becomes one with a
 * number of places, which the exhibitions' own draw gives out; officers record each
 * participant's travel dates, only for those with a place and only around the days.
 */
@MockServerTest
class DeputationDeskTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String fair = "iitf-delhi-" + this.run;

	private final LocalDate today = IndiaTime.dayOf(Instant.now());

	private final List<String> sellers = List.of("art-dep-a-" + this.run, "art-dep-b-" + this.run,
			"art-dep-c-" + this.run);

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	StallDraws draws;

	@Autowired
	DeputationDesk desk;

	@BeforeEach
	void seed() {
		SellerFixtures fixtures = new SellerFixtures(this.mongo);
		for (int i = 0; i < this.sellers.size(); i++) {
			fixtures.artisan(this.sellers.get(i), "Deputed Seller " + (char) ('A' + i) + " " + this.run, null, "ACTIVE",
					this.today.plusYears(1));
		}
		this.mongo
			.insert(new Document("_id", this.fair).append("name", new Document("en", "IITF Delhi " + this.run))
				.append("place", "New Delhi")
				.append("startsOn", this.today.plusDays(30).toString())
				.append("endsOn", this.today.plusDays(43).toString())
				.append("stalls", List.of())
				.append("applications",
						new Document("opensOn", this.today.minusDays(20).toString())
							.append("closesOn", this.today.minusDays(1).toString())
							.append("feeDueOn", this.today.plusDays(10).toString())
							.append("sellerKinds", List.of("ARTISAN"))
							.append("crafts", List.of()))
				.append("version", 0L), "exhibitions")
			.block();
		for (String seller : this.sellers) {
			this.mongo
				.insert(new Document("_id", "sap-" + seller).append("exhibitionId", this.fair)
					.append("sellerId", seller)
					.append("sellerKind", "ARTISAN")
					.append("crafts", List.of("thangka-painting"))
					.append("listingIds", List.of())
					.append("kind", "HANDICRAFT")
					.append("widthDm", 30)
					.append("depthDm", 30)
					.append("status", "APPLIED")
					.append("appliedAt", new java.util.Date())
					.append("version", 0L), "stall_applications")
				.block();
		}
	}

	@Test
	void placesAreDrawnByTheExhibitionsPolicyAndParticipantsGetTravelDates() {
		forms().post(SignedIn.officer(), "/staff/deputations",
				form("exhibitionId", this.fair, "destination", "IITF_DELHI", "places", "2"), 303);
		assertThat(this.desk.exhibition(this.fair).block().plan().stalls()).extracting(Stall::number)
			.containsExactly("P1", "P2");
		AllocationRecord record = this.draws.run(this.fair, "The Hindu, 7 December " + this.run, SignedIn.officer())
			.block();
		assertThat(record.result().placements()).hasSize(2);
		assertThat(record.result().waitlist()).hasSize(1);
		String placed = record.result().placements().get(0).sellerId();
		String waiting = record.result().waitlist().get(0).sellerId();

		String path = "/staff/deputations/" + this.fair + "/travel";
		forms().post(SignedIn.officer(), path, form("sellerId", placed, "departsOn", this.today.plusDays(28).toString(),
				"returnsOn", this.today.plusDays(45).toString()), 303);
		assertThat(this.desk.find(this.fair).block().travel()).singleElement().satisfies((t) -> {
			assertThat(t.sellerId()).isEqualTo(placed);
			assertThat(t.departsOn()).isEqualTo(this.today.plusDays(28));
		});
		assertThat(
				forms().post(
						SignedIn.officer(), path, form("sellerId", waiting, "departsOn",
								this.today.plusDays(28).toString(), "returnsOn", this.today.plusDays(45).toString()),
						409))
			.contains("has no place");
		assertThat(
				forms().post(
						SignedIn.officer(), path, form("sellerId", placed, "departsOn",
								this.today.plusDays(31).toString(), "returnsOn", this.today.plusDays(45).toString()),
						400))
			.contains("first day");
		String page = forms().page(SignedIn.officer(), "/staff/deputations/" + this.fair, 200);
		assertThat(page).contains("India International Trade Fair", "Deputed Seller");
		assertThat(forms().page(SignedIn.officer(), "/staff/deputations", 200)).contains("IITF Delhi " + this.run);

		assertThat(forms().post(SignedIn.officer(), "/staff/deputations",
				form("exhibitionId", this.fair, "destination", "DELHI_HAAT", "places", "3"), 409))
			.contains("already a deputation");
		forms().post(SignedIn.seller(placed), path,
				form("sellerId", placed, "departsOn", "2030-01-01", "returnsOn", "2030-01-20"), 403);
		forms().page(SignedIn.seller(placed), "/staff/deputations", 403);
	}

	private HtmlForms forms() {
		return new HtmlForms(this.http);
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

}
