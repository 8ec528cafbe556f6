package ladakh.crafts.marketplace.exhibitions.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.exhibitions.AllocationPolicy;
import ladakh.crafts.marketplace.exhibitions.AllocationRecord;
import ladakh.crafts.marketplace.exhibitions.AllocationResult;
import ladakh.crafts.marketplace.exhibitions.StallDraws;
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
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The draw on the in-process MongoDB: an officer runs it after applications close with a
 * public value; the stalls are written one document per stall, the waitlist and every
 * input are published, running the policy again on the published inputs gives the same
 * result, and of two officers drawing at once exactly one allocation set is written.
 */
@MockServerTest
class StallDrawPagesTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String fair = "drawn-fair-" + this.run;

	private final String earlier = "earlier-fair-" + this.run;

	private final LocalDate today = IndiaTime.dayOf(java.time.Instant.now());

	private final List<String> sellers = List.of("art-draw-a-" + this.run, "art-draw-b-" + this.run,
			"art-draw-c-" + this.run);

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	StallDraws draws;

	@BeforeEach
	void seed() {
		SellerFixtures fixtures = new SellerFixtures(this.mongo);
		for (int i = 0; i < this.sellers.size(); i++) {
			fixtures.artisan(this.sellers.get(i), "Drawn Seller " + (char) ('A' + i) + " " + this.run, null, "ACTIVE",
					this.today.plusYears(1));
		}
		closedFair(this.fair);
		for (String seller : this.sellers) {
			application(this.fair, seller, "APPLIED");
		}
		application(this.fair, "art-draw-gone-" + this.run, "WITHDRAWN");
		// Seller A had a stall last year: rotation puts the two who had none first.
		insert("exhibitions",
				new Document("_id", this.earlier).append("name", new Document("en", "Earlier Fair"))
					.append("place", "Leh")
					.append("startsOn", this.today.minusYears(1).toString())
					.append("endsOn", this.today.minusYears(1).plusDays(2).toString()));
		insert("stall_allocations",
				new Document("_id", this.earlier + ":E-1").append("exhibitionId", this.earlier)
					.append("stallNumber", "E-1")
					.append("sellerId", this.sellers.get(0)));
	}

	@Test
	void anOfficerDrawsTheStallsAndTheRecordLetsAnyoneRunItAgain() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("publicValue", "The Tribune, 7 December: snow closes Zojila pass " + this.run);
		String location = officer().post()
			.uri("/staff/exhibitions/" + this.fair + "/draw")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isSeeOther()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		assertThat(location).isEqualTo("/exhibitions/" + this.fair + "/draw");

		List<Document> stalls = this.mongo
			.find(Query.query(Criteria.where("exhibitionId").is(this.fair)), Document.class, "stall_allocations")
			.collectList()
			.block();
		assertThat(stalls).extracting((s) -> s.getString("_id"))
			.containsExactlyInAnyOrder(this.fair + ":A-1", this.fair + ":A-2");
		assertThat(stalls).extracting((s) -> s.getString("sellerId"))
			.containsExactlyInAnyOrder(this.sellers.get(1), this.sellers.get(2));

		AllocationRecord record = this.draws.record(this.fair).block();
		AllocationResult again = AllocationPolicy.allocate(record.result().draw());
		assertThat(again).isEqualTo(record.result());
		assertThat(record.result().waitlist()).singleElement()
			.satisfies((waiting) -> assertThat(waiting.sellerId()).isEqualTo(this.sellers.get(0)));
		assertThat(record.result().draw().applications()).hasSize(3);

		String page = page("/exhibitions/" + this.fair + "/draw", 200);
		// Sellers by name, linked to their pages (their ids, which the tickets are made
		// of, are in the links); the history names the earlier exhibition.
		assertThat(page).contains(record.result().draw().seed().sha256(), "Drawn Seller B " + this.run, "Waitlist",
				"reserved-rotation-lottery/1", "at Earlier Fair, which ended on",
				"href=\"/sellers/" + this.sellers.get(1) + "\">Drawn Seller B " + this.run + "</a>");
		assertThat(page).doesNotContain(">" + this.sellers.get(0) + "<", " " + this.sellers.get(0) + ":",
				"(" + this.sellers.get(0) + ")", this.earlier + ",");
		assertThat(page("/exhibitions/" + this.fair + "/draw?lang=hi", 200)).contains("आवंटन रिकॉर्ड");
		assertThat(page("/exhibitions/" + this.fair, 200)).contains("href=\"/exhibitions/" + this.fair + "/draw\"",
				">Drawn Seller B " + this.run + "</text>");

		assertThat(post("/staff/exhibitions/" + this.fair + "/draw", form, 409)).contains("have been drawn already");
		MultiValueMap<String, String> stall = new LinkedMultiValueMap<>();
		stall.add("version", "0");
		assertThat(post("/staff/exhibitions/" + this.fair + "/stalls/A-1/delete", stall, 409))
			.contains("The stalls have been drawn");
	}

	@Test
	void twoOfficersDrawingAtOnceWriteExactlyOneAllocationSet() {
		List<String> outcomes = Mono
			.zip(outcome(this.draws.run(this.fair, "value one", SignedIn.officer())),
					outcome(this.draws.run(this.fair, "value two", SignedIn.admin())))
			.map((both) -> List.of(both.getT1(), both.getT2()))
			.block();
		assertThat(outcomes).containsExactlyInAnyOrder("drawn", "exhibitions.draw.already");
		AllocationRecord record = this.draws.record(this.fair).block();
		List<Document> stalls = this.mongo
			.find(Query.query(Criteria.where("exhibitionId").is(this.fair)), Document.class, "stall_allocations")
			.collectList()
			.block();
		assertThat(stalls).hasSize(2)
			.extracting((s) -> s.getString("sellerId"))
			.containsExactlyInAnyOrderElementsOf(
					record.result().placements().stream().map(AllocationResult.Placement::sellerId).toList());
	}

	@Test
	void theDrawWaitsForApplicationsToCloseAndForAPublicValue() {
		String open = "open-draw-" + this.run;
		closedFair(open);
		this.mongo.getCollection("exhibitions")
			.flatMap((c) -> Mono.from(c.updateOne(new Document("_id", open),
					new Document("$set", new Document("applications.closesOn", this.today.toString())))))
			.block();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("publicValue", "too soon");
		assertThat(post("/staff/exhibitions/" + open + "/draw", form, 409))
			.contains("Applications have not closed yet");
		assertThat(post("/staff/exhibitions/" + this.fair + "/draw", new LinkedMultiValueMap<>(), 400))
			.contains("Give the public value");
		assertThat(page("/exhibitions/" + this.fair + "/draw", 404)).contains("Page not found");
		assertThat(this.draws.record(open).blockOptional()).isEmpty();
	}

	private static Mono<String> outcome(Mono<?> draw) {
		return draw.map((done) -> "drawn").onErrorResume(Refusal.class, (ex) -> Mono.just(ex.messageKey()));
	}

	private void closedFair(String id) {
		insert("exhibitions",
				new Document("_id", id).append("name", new Document("en", "Drawn Fair " + this.run))
					.append("place", "Leh")
					.append("startsOn", this.today.plusDays(30).toString())
					.append("endsOn", this.today.plusDays(32).toString())
					.append("stalls", List.of(stall("A-1"), stall("A-2")))
					.append("applications",
							new Document("opensOn", this.today.minusDays(20).toString())
								.append("closesOn", this.today.minusDays(1).toString())
								.append("feeDueOn", this.today.plusDays(10).toString())
								.append("sellerKinds", List.of("ARTISAN"))
								.append("crafts", List.of())));
	}

	private void application(String exhibitionId, String sellerId, String status) {
		insert("stall_applications",
				new Document("_id", "sap-" + sellerId + "-" + exhibitionId).append("exhibitionId", exhibitionId)
					.append("sellerId", sellerId)
					.append("sellerKind", "ARTISAN")
					.append("crafts", List.of("thangka-painting"))
					.append("listingIds", List.of())
					.append("kind", "HANDICRAFT")
					.append("widthDm", 30)
					.append("depthDm", 30)
					.append("status", status)
					.append("appliedAt", new java.util.Date())
					.append("version", 0L));
	}

	private static Document stall(String number) {
		return new Document("number", number).append("kind", "HANDICRAFT")
			.append("widthDm", 30)
			.append("depthDm", 30)
			.append("feeMinor", 150_000L)
			.append("currency", "INR")
			.append("xDm", number.equals("A-1") ? 0 : 30)
			.append("yDm", 0)
			.append("reservedFor", null);
	}

	private void insert(String collection, Document document) {
		this.mongo.insert(document, collection).block();
	}

	private WebTestClient officer() {
		return this.http.mutateWith(SignedIn.as(SignedIn.officer())).mutateWith(csrf());
	}

	private String post(String path, MultiValueMap<String, String> form, int status) {
		return new HtmlForms(this.http).post(SignedIn.officer(), path, form, status);
	}

	private String page(String path, int status) {
		return new HtmlForms(this.http).page(null, path, status);
	}

}
