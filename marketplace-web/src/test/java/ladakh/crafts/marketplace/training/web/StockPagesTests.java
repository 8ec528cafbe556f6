package ladakh.crafts.marketplace.training.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ladakh.crafts.marketplace.sellers.SellerFixtures;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.Concurrently;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
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
 * The stock register's pages, through HTTP as an officer's browser sends them: receipts,
 * issues, counts, the history page by page, refusals beside the field (never a 500), and
 * instructors reading only their own centre's stock.
 */
@MockServerTest
class StockPagesTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final String centre = "tc-stk-" + this.run;

	private final String otherCentre = "tc-stk-other-" + this.run;

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	StockRegister register;

	@BeforeEach
	void twoCentres() {
		SellerFixtures sellers = new SellerFixtures(this.mongo);
		sellers.insert(centre(this.centre, "Stok",
				List.of(new Document("userId", SignedIn.instructor().id()).append("name", "Test Instructor"))));
		sellers.insert(centre(this.otherCentre, "Kargil", List.of()));
	}

	@Test
	void twentyConcurrentIssuesOfTheLastUnitsFromThePageNeverTakeTheStoreBelowZero() {
		// a fresh item per run would not be in the catalogue: the store's looms are
		// counted before and after instead
		long before = quantity(StockMovement.STORE, "loom");
		long atCentreBefore = quantity(this.centre, "loom");
		post("/staff/stock/movements", SignedIn.officer(), "holder", "store", "lineId", "stk-" + UUID.randomUUID(),
				"kind", "RECEIPT", "itemId", "loom", "quantity", "5", "reference", "GRN/" + this.run)
			.expectStatus()
			.is3xxRedirection();
		// take the store down to exactly the five just received
		if (before > 0) {
			this.register
				.move(StockMovement.enter("stk-" + UUID.randomUUID(), StockMovement.Kind.ISSUE, "loom",
						StockMovement.STORE, this.otherCentre, before, null, null, "usr-test-officer",
						java.time.Instant.now()))
				.block();
		}
		List<Integer> statuses = Concurrently.run(20,
				() -> post("/staff/stock/movements", SignedIn.officer(), "holder", "store", "lineId",
						"stk-" + UUID.randomUUID(), "kind", "ISSUE", "itemId", "loom", "to", this.centre, "quantity",
						"1")
					.returnResult(String.class)
					.getStatus()
					.value());
		assertThat(statuses).hasSize(20).containsOnly(303, 409);
		assertThat(statuses).filteredOn((status) -> status == 303).hasSize(5);
		assertThat(quantity(StockMovement.STORE, "loom")).isZero();
		assertThat(quantity(this.centre, "loom") - atCentreBefore).isEqualTo(5);
		// one more is refused in words, with 409, and the form is shown again
		String refused = post("/staff/stock/movements", SignedIn.officer(), "holder", "store", "lineId",
				"stk-" + UUID.randomUUID(), "kind", "ISSUE", "itemId", "loom", "to", this.centre, "quantity", "1")
			.expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(refused).contains("There are not that many left there");
		String page = page(SignedIn.officer(), "/staff/centres/" + this.centre + "/stock?item=loom&lang=en");
		assertThat(page).contains("Stock at", "Loom", "Issue to a centre", "Department store");
	}

	@Test
	void badInputIsRefusedBesideItsFieldAndNeverA500() {
		String typed = post("/staff/stock/movements", SignedIn.officer(), "holder", "store", "lineId",
				"stk-" + UUID.randomUUID(), "kind", "RECEIPT", "itemId", "yarn", "quantity", "lots", "reference", "")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(typed).contains("move-quantity-error", "Enter a quantity from 1");
		String noReference = post("/staff/stock/movements", SignedIn.officer(), "holder", "store", "lineId",
				"stk-" + UUID.randomUUID(), "kind", "RECEIPT", "itemId", "yarn", "quantity", "3", "reference", " ")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(noReference).contains("move-reference-error");
		post("/staff/stock/movements", SignedIn.officer(), "holder", "store", "lineId", "stk-" + UUID.randomUUID(),
				"kind", "CONSUMPTION", "itemId", "yarn", "quantity", "3")
			.expectStatus()
			.isBadRequest();
		post("/staff/stock/movements", SignedIn.officer(), "holder", "store", "lineId", "stk-" + UUID.randomUUID(),
				"kind", "ISSUE", "itemId", "gold", "to", this.centre, "quantity", "3")
			.expectStatus()
			.isBadRequest();
		post("/staff/stock/movements", SignedIn.officer(), "holder", "store", "lineId", "stk-" + UUID.randomUUID(),
				"kind", "ISSUE", "itemId", "yarn", "to", "tc-no-such", "quantity", "3")
			.expectStatus()
			.isBadRequest();
		post("/staff/stock/movements", SignedIn.officer(), "holder", "tc-no-such", "lineId", "stk-" + UUID.randomUUID(),
				"kind", "RETURN", "itemId", "yarn", "quantity", "3")
			.expectStatus()
			.isNotFound();
		post("/staff/stock/counts", SignedIn.officer(), "holder", this.centre, "lineId", "cnt-" + UUID.randomUUID(),
				"itemId", "yarn", "book", "0", "counted", "-4", "reason", "")
			.expectStatus()
			.isBadRequest();
	}

	@Test
	void aCountShowsTheDiscrepancyInTheCentresHistory() {
		String line = "stk-" + UUID.randomUUID();
		this.register
			.move(StockMovement.enter("grn-" + UUID.randomUUID(), StockMovement.Kind.RECEIPT, "dyes", null,
					StockMovement.STORE, 10, "GRN/" + this.run, null, "usr-test-officer", java.time.Instant.now()))
			.block();
		post("/staff/stock/movements", SignedIn.officer(), "holder", "store", "lineId", line, "kind", "ISSUE", "itemId",
				"dyes", "to", this.centre, "quantity", "6")
			.expectStatus()
			.is3xxRedirection();
		String counting = page(SignedIn.officer(), "/staff/centres/" + this.centre + "/stock?count=dyes&lang=en");
		assertThat(counting).contains("Physical count of Dyes", "The book shows 6");
		post("/staff/stock/counts", SignedIn.officer(), "holder", this.centre, "lineId", "cnt-" + UUID.randomUUID(),
				"itemId", "dyes", "book", "6", "counted", "4", "reason", "spilt in the monsoon")
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location("/staff/centres/" + this.centre + "/stock?done=shortage");
		assertThat(quantity(this.centre, "dyes")).isEqualTo(4);
		String page = page(SignedIn.officer(), "/staff/centres/" + this.centre + "/stock?lang=en");
		assertThat(page).contains("Shortage found in a count", "Discrepancy", "spilt in the monsoon");
		// a count against a book that has moved since is refused beside the field
		post("/staff/stock/counts", SignedIn.officer(), "holder", this.centre, "lineId", "cnt-" + UUID.randomUUID(),
				"itemId", "dyes", "book", "6", "counted", "5", "reason", "late")
			.expectStatus()
			.isEqualTo(409);
	}

	@Test
	void theHistoryIsReadPageByPage() {
		for (int i = 0; i < 55; i++) {
			this.register
				.move(StockMovement.enter("grn-" + UUID.randomUUID(), StockMovement.Kind.SURPLUS, "wood", null,
						this.otherCentre, 1, null, "counted extra " + i, "usr-test-officer", java.time.Instant.now()))
				.block();
		}
		String first = page(SignedIn.officer(), "/staff/centres/" + this.otherCentre + "/stock?item=wood&lang=en");
		Matcher next = Pattern.compile("after=([0-9]+(?:%2C|,)[A-Za-z0-9-]+)").matcher(first);
		assertThat(next.find()).isTrue();
		assertThat(first.split("counted extra ").length - 1).isEqualTo(50);
		String second = page(SignedIn.officer(), "/staff/centres/" + this.otherCentre
				+ "/stock?item=wood&lang=en&after=" + next.group(1).replace("%2C", ","));
		assertThat(second.split("counted extra ").length - 1).isEqualTo(5);
	}

	@Test
	void anInstructorReadsOnlyTheirOwnCentresStockAndEntersNothing() {
		String own = page(SignedIn.instructor(), "/staff/centres/" + this.centre + "/stock?lang=en");
		assertThat(own).contains("Balances").doesNotContain("/staff/stock/movements");
		for (String path : new String[] { "/staff/centres/" + this.otherCentre + "/stock",
				"/staff/centres/tc-none/stock" }) {
			this.http.mutateWith(SignedIn.as(SignedIn.instructor()))
				.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isNotFound();
		}
		this.http.mutateWith(SignedIn.as(SignedIn.instructor()))
			.get()
			.uri("/staff/stock")
			.exchange()
			.expectStatus()
			.isForbidden();
		post("/staff/stock/movements", SignedIn.instructor(), "holder", this.centre, "lineId",
				"stk-" + UUID.randomUUID(), "kind", "CONSUMPTION", "itemId", "yarn", "quantity", "1", "reason", "x")
			.expectStatus()
			.isForbidden();
		String hindi = page(SignedIn.officer(), "/staff/stock?lang=hi");
		assertThat(hindi).contains("विभाग का भंडार", "आवाजाही दर्ज करें");
	}

	private WebTestClient.ResponseSpec post(String path, MarketplaceUser user, String... pairs) {
		// Twenty issues racing for one balance queue behind each other on two cores: the
		// client's 5 s default is a timing threshold this test does not mean to set.
		return this.http.mutate()
			.responseTimeout(java.time.Duration.ofSeconds(60))
			.build()
			.mutateWith(SignedIn.as(user))
			.mutateWith(csrf())
			.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form(pairs)))
			.exchange();
	}

	private String page(MarketplaceUser user, String path) {
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

	private long quantity(String holder, String item) {
		return this.register.balance(holder, item).block().quantity();
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	private static Document centre(String id, String village, List<Document> instructors) {
		return new Document("_id", id).append("type", "TRAINING_CENTRE")
			.append("name", "Handicraft Training Centre, " + village)
			.append("district", "LEH")
			.append("village", village)
			.append("crafts", List.of("wood-carving"))
			.append("status", "ACTIVE")
			.append("centre",
					new Document("scheme", "BORDER_AREA").append("intakeCapacity", 10)
						.append("courseMonths", 12)
						.append("monthlyStipendMinor", 25_000L)
						.append("instructors", instructors));
	}

}
