package ladakh.crafts.marketplace.training.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.Concurrently;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.training.kits.KitApplication;
import ladakh.crafts.marketplace.training.kits.KitApplications;
import ladakh.crafts.marketplace.training.stock.StockMovement;
import ladakh.crafts.marketplace.training.stock.StockRegister;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Tool kits at 75 % subsidy through the officers' pages: once per person and scheme under
 * concurrent applications and approvals, the beneficiary's 25 % recorded, the kit issued
 * from the store exactly once, and only to a trainee who completed a course under a
 * scheme with a kit subsidy.
 */
@MockServerTest
class KitPagesTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String scheme = "KIT_SCHEME_" + this.run;

	private final String plainScheme = "KIT_PLAIN_" + this.run;

	private final String centre = "tc-kit-" + this.run;

	private final String plainCentre = "tc-kit-plain-" + this.run;

	private final String batch = "batch-kit-" + this.run;

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	StockRegister register;

	@Autowired
	KitApplications kits;

	@BeforeEach
	void aCentreOfASubsidySchemeWithItsTrainees() {
		scheme(this.scheme, 75, List.of("TOOLS", "LOOM"));
		scheme(this.plainScheme, 0, List.of());
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		sellers.insert(centre(this.centre, this.scheme));
		sellers.insert(centre(this.plainCentre, this.plainScheme));
		List<Document> trainees = new ArrayList<>();
		for (int n = 1; n <= 4; n++) {
			trainees.add(trainee(n, "COMPLETED"));
		}
		trainees.add(trainee(5, "ENROLLED"));
		for (String centreId : List.of(this.centre, this.plainCentre)) {
			this.mongo
				.insert(new Document("_id", this.batch + "-" + centreId).append("centreId", centreId)
					.append("craft", "wood-carving")
					.append("startsOn", "2025-04-01")
					.append("endsOn", "2026-03-31")
					.append("capacity", 10)
					.append("seatsLeft", 5)
					.append("trainees", trainees), "centre_batches")
				.block();
		}
		receive("loom", 3);
		receive("tool-kit", 3);
	}

	@Test
	void aKitIsIssuedOncePerPersonAndSchemeUnderConcurrentApprovals() {
		String trainee = trainee(1);
		List<Integer> applied = concurrently(10, () -> apply(this.centre, trainee));
		assertThat(applied).filteredOn((status) -> status == 303).hasSize(1);
		assertThat(applied).filteredOn((status) -> status == 409).hasSize(9);
		String id = trainee + ":" + this.scheme;

		List<Integer> approved = concurrently(10, () -> post("/staff/kits/" + id + "/approval"));
		assertThat(approved).filteredOn((status) -> status == 303).hasSize(1);
		assertThat(approved).filteredOn((status) -> status == 409).hasSize(9);

		String page = page("/staff/kits/" + id + "?lang=en");
		// tools ₹6,000 and a loom ₹24,000: the beneficiary pays 25 %
		assertThat(page).contains("₹30,000", "₹7,500", "Approved, share to be paid",
				"quoting " + KitApplications.quote(this.kits.find(id).block()));
		long looms = quantity(StockMovement.STORE, "loom");
		long tools = quantity(StockMovement.STORE, "tool-kit");
		List<Integer> paid = concurrently(6,
				() -> post("/staff/kits/" + id + "/payment", "reference", "R/" + this.run));
		assertThat(paid).filteredOn((status) -> status == 303).hasSizeGreaterThanOrEqualTo(1);
		List<Integer> issued = concurrently(6, () -> post("/staff/kits/" + id + "/issue"));
		assertThat(issued).containsOnly(303);

		assertThat(this.kits.find(id).block().status()).isEqualTo(KitApplication.Status.ISSUED);
		assertThat(quantity(StockMovement.STORE, "loom")).isEqualTo(looms - 1);
		assertThat(quantity(StockMovement.STORE, "tool-kit")).isEqualTo(tools - 1);
		assertThat(quantity(trainee, "loom")).isEqualTo(1);
		assertThat(quantity(trainee, "tool-kit")).isEqualTo(1);
		// and a second application under the same scheme is refused in words
		String again = this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.mutateWith(csrf())
			.post()
			.uri("/staff/kits?lang=en")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters
				.fromFormData(form("centreId", this.centre, "batchId", batchOf(this.centre), "traineeId", trainee)))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(again).contains("once per person and scheme");
	}

	@Test
	void onlyATraineeWhoCompletedASubsidySchemeMayApply() {
		assertThat(apply(this.centre, trainee(5))).isEqualTo(409);
		assertThat(apply(this.plainCentre, trainee(2))).isEqualTo(409);
		assertThat(apply(this.centre, "trn-nobody-" + this.run)).isEqualTo(404);
		String listing = page("/staff/kits?centre=" + this.centre + "&lang=en");
		assertThat(listing).contains("Trainee 2 " + this.run, "75 % subsidy").doesNotContain("Trainee 5 " + this.run);
		assertThat(page("/staff/kits?centre=" + this.plainCentre + "&lang=en")).contains("gives no kit at a subsidy");
	}

	@Test
	void aKitWaitsPaidUntilTheStoreHasItsItemsAndAPaymentNeedsItsReference() {
		String trainee = trainee(3);
		String id = trainee + ":" + this.scheme;
		assertThat(apply(this.centre, trainee)).isEqualTo(303);
		assertThat(post("/staff/kits/" + id + "/approval")).isEqualTo(303);
		assertThat(post("/staff/kits/" + id + "/payment", "reference", " ")).isEqualTo(400);
		// the store's looms go elsewhere first
		long looms = quantity(StockMovement.STORE, "loom");
		this.register
			.move(StockMovement.enter("stk-" + UUID.randomUUID(), StockMovement.Kind.ISSUE, "loom", StockMovement.STORE,
					this.plainCentre, looms, null, null, "usr-test-officer", Instant.now()))
			.block();
		assertThat(post("/staff/kits/" + id + "/payment", "reference", "R/" + this.run)).isEqualTo(409);
		assertThat(this.kits.find(id).block().status()).isEqualTo(KitApplication.Status.PAID);
		receive("loom", 1);
		assertThat(post("/staff/kits/" + id + "/issue")).isEqualTo(303);
		assertThat(this.kits.find(id).block().status()).isEqualTo(KitApplication.Status.ISSUED);
		assertThat(quantity(trainee, "loom")).isEqualTo(1);
		assertThat(quantity(trainee, "tool-kit")).isEqualTo(1);
		this.http.mutateWith(SignedIn.as(SignedIn.instructor()))
			.get()
			.uri("/staff/kits/" + id)
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(page("/staff/kits?lang=hi")).contains("अनुदान पर औज़ार किट");
	}

	private int apply(String centreId, String traineeId) {
		return post("/staff/kits", "centreId", centreId, "batchId", batchOf(centreId), "traineeId", traineeId);
	}

	private String batchOf(String centreId) {
		return this.batch + "-" + centreId;
	}

	private int post(String path, String... pairs) {
		return this.http.mutateWith(SignedIn.as(SignedIn.officer()))
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

	private static List<Integer> concurrently(int times, java.util.concurrent.Callable<Integer> request) {
		return Concurrently.run(times, request);
	}

	private String page(String path) {
		MarketplaceUser officer = SignedIn.officer();
		return this.http.mutateWith(SignedIn.as(officer))
			.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private void receive(String item, long quantity) {
		this.register
			.move(StockMovement.enter("grn-" + UUID.randomUUID(), StockMovement.Kind.RECEIPT, item, null,
					StockMovement.STORE, quantity, "GRN/" + this.run, null, "usr-test-officer", Instant.now()))
			.block();
	}

	private long quantity(String holder, String item) {
		return this.register.balance(holder, item).block().quantity();
	}

	private String trainee(int n) {
		return "trn-kit-" + this.run + "-" + n;
	}

	private Document trainee(int n, String status) {
		return new Document("traineeId", trainee(n)).append("name", "Trainee " + n + " " + this.run)
			.append("status", status)
			.append("outcome", "NONE")
			.append("artisanId", null);
	}

	private void scheme(String id, int subsidy, List<String> kit) {
		this.mongo
			.insert(new Document("_id", id).append("name", new Document("en", "Kit scheme " + id).append("hi", "योजना"))
				.append("department", "HANDICRAFT")
				.append("centreKind", "ELEMENTARY")
				.append("courseMonths", 12)
				.append("intakeMin", 10)
				.append("intakeMax", 10)
				.append("rates",
						List.of(new Document("effectiveFrom", "2010-04-01").append("monthlyMinor", 25_000L)
							.append("reason", "As published")))
				.append("subsidyPercent", subsidy)
				.append("provided", List.of())
				.append("kit", kit)
				.append("version", 0L), "training_schemes")
			.block();
	}

	private static Document centre(String id, String scheme) {
		return new Document("_id", id).append("type", "TRAINING_CENTRE")
			.append("name", "Handicraft Training Centre, Nubra")
			.append("district", "LEH")
			.append("village", "Diskit")
			.append("crafts", List.of("wood-carving"))
			.append("status", "ACTIVE")
			.append("centre",
					new Document("scheme", scheme).append("intakeCapacity", 10)
						.append("courseMonths", 12)
						.append("monthlyStipendMinor", 25_000L)
						.append("instructors", List.of()));
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

}
