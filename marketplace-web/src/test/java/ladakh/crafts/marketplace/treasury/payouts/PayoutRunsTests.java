package ladakh.crafts.marketplace.treasury.payouts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import ladakh.crafts.embedded.QueryScans;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.Concurrently;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.treasury.RevenueLedger;

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
 * Payout runs (issue 16, docs/decisions/0069) on the real servers: two runs prepared at
 * once never include the same ledger line; a refund after a payout is carried into the
 * next run as a negative amount; an online sale waits for its return window; the bank
 * file parses back to the run's total; the same UTR twice is stored once and another UTR
 * is refused.
 */
@MockServerTest
class PayoutRunsTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final Instant lastWeek = Instant.now().minus(Duration.ofDays(7));

	private final String today = IndiaTime.dayOf(Instant.now()).toString();

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	PayoutItemRepository items;

	@Autowired
	BankAccountRepository banks;

	@Test
	void twoRunsPreparedAtOnceNeverIncludeTheSameLine() {
		String seller = "art-race-" + this.run;
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			ids.add("stall:race-" + this.run + "-" + i);
			lines().sale(ids.get(i), seller, 10_000, this.lastWeek.plusSeconds(i));
		}
		List<Integer> statuses = Concurrently.run(2,
				() -> api(SignedIn.accounts()).post()
					.uri("/api/v1/staff/treasury/payouts")
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(Map.of("upTo", this.today))
					.exchange()
					.returnResult(String.class)
					.getStatus()
					.value());
		assertThat(statuses).allSatisfy((status) -> assertThat(status).isIn(201, 409));
		List<Document> claims = this.mongo
			.find(Query.query(Criteria.where("_id").in(ids)), Document.class, "payout_items")
			.collectList()
			.block();
		long claimed = claims.stream().mapToLong((item) -> item.getLong("owedMinor")).sum();
		List<Document> paidLines = this.mongo
			.find(Query.query(Criteria.where("sellerId").is(seller)), Document.class, "payout_lines")
			.collectList()
			.block();
		long inRuns = paidLines.stream().mapToLong((line) -> line.getLong("amountMinor")).sum();
		int items = paidLines.stream().mapToInt((line) -> line.getInteger("items")).sum();
		// every line claimed is in exactly one run's line for the seller, none twice
		assertThat(inRuns).isEqualTo(claimed).isPositive().isLessThanOrEqualTo(200_000);
		assertThat(items).isEqualTo(claims.size());
		assertThat(claims).extracting((item) -> item.getString("runId"))
			.allSatisfy((runId) -> assertThat(paidLines).extracting((line) -> line.getString("runId")).contains(runId));
	}

	@Test
	void aBatchOfClaimsWinsOnlyTheLinesNoOtherRunHas() {
		List<RevenueLedger.OwedLine> lines = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			lines.add(new RevenueLedger.OwedLine("stall:batch-" + this.run + "-" + i, "SALE", "art-batch-" + this.run,
					"ARTISAN", "STALL", null, null, this.lastWeek, "2026-27", 1_000, 0, 1_000, 1_000, "INR", null));
		}
		assertThat(this.items.claim("PR-a-" + this.run, lines.subList(0, 3)).block()).hasSize(3);
		assertThat(this.items.claim("PR-b-" + this.run, lines.subList(1, 4)).block())
			.containsExactly("stall:batch-" + this.run + "-3");
		assertThat(this.items.lineIdsOfRun("PR-a-" + this.run).collectList().block()).hasSize(3);
	}

	@Test
	void aRefundAfterAPayoutIsCarriedIntoTheNextRunAsANegativeAmount() {
		String seller = "art-carry-" + this.run;
		lines().sale("stall:carry1-" + this.run, seller, 100_000, this.lastWeek);
		String first = prepare();
		assertThat(line(first, seller).getLong("amountMinor")).isEqualTo(100_000);

		lines().refund("refund:carry-" + this.run, seller, 30_000, this.lastWeek.plusSeconds(60));
		String onlyRefund = prepareIfAnyoneIsDue();
		if (onlyRefund != null) {
			assertThat(lineOrNull(onlyRefund, seller)).as("a negative balance waits for sales").isNull();
		}

		lines().sale("stall:carry2-" + this.run, seller, 100_000, this.lastWeek.plusSeconds(120));
		String second = prepare();
		Document carried = line(second, seller);
		assertThat(carried.getLong("amountMinor")).isEqualTo(70_000);
		assertThat(carried.getInteger("negativeItems")).isEqualTo(1);
		assertThat(carried.getInteger("items")).isEqualTo(2);
	}

	@Test
	void anOnlineSaleWaitsForItsReturnWindowAndTreasuryLinesAreNeverPaidOut() {
		String seller = "art-window-" + this.run;
		String centre = "tc-window-" + this.run;
		part("part-late-" + this.run, seller, Instant.now().minus(Duration.ofDays(2)));
		part("part-done-" + this.run, seller, Instant.now().minus(Duration.ofDays(10)));
		lines().onlineSale("sale:part-late-" + this.run, seller, "ord-" + this.run, "part-late-" + this.run, 80_000,
				this.lastWeek);
		lines().onlineSale("sale:part-done-" + this.run, seller, "ord-" + this.run, "part-done-" + this.run, 60_000,
				this.lastWeek);
		lines().treasurySale("stall:tc-" + this.run, centre, 90_000, this.lastWeek);
		String runId = prepare();
		assertThat(line(runId, seller).getLong("amountMinor")).as("only the sale past its 7-day window")
			.isEqualTo(60_000);
		assertThat(lineOrNull(runId, centre)).isNull();
	}

	@Test
	void aReviewedRunsBankFileAddsUpToItsTotalAndEachLineIsPaidOnce() {
		String seller = "art-csv-" + this.run;
		lines().sale("stall:csv-" + this.run, seller, 123_450, this.lastWeek);
		String runId = prepare();
		List<Document> runLines = this.mongo
			.find(Query.query(Criteria.where("runId").is(runId)), Document.class, "payout_lines")
			.collectList()
			.block();
		String number = registered(seller);
		for (Document line : runLines) {
			if (line.getString("sellerId").equals(seller)) {
				page(SignedIn.accounts(), "/staff/treasury/payouts/bank-accounts",
						form("registrationNumber", number, "beneficiary", "Beneficiary " + this.run, "accountNumber",
								"001122334455", "ifsc", "SBIN0001234"),
						303);
			}
			else {
				// other tests' sellers, without a record: kept straight in the store
				this.banks
					.save(PayeeBankAccount.typed(line.getString("sellerId"), "Beneficiary " + this.run, "001122334455",
							"SBIN0001234"), "test", Instant.now())
					.block();
			}
		}
		page(SignedIn.accounts(), "/staff/treasury/payouts/" + runId + "/export", form(), 409);
		page(SignedIn.accounts(), "/staff/treasury/payouts/" + runId + "/review", form(), 303);
		String csv = this.http.mutateWith(SignedIn.as(SignedIn.accounts()))
			.get()
			.uri("/staff/treasury/payouts/" + runId + "/bank.csv")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String[] rows = csv.split("\r\n");
		assertThat(rows[0]).isEqualTo("beneficiary_name,account_number,ifsc,amount,narration");
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 1; i < rows.length; i++) {
			String[] cells = rows[i].split(",");
			assertThat(cells).hasSize(5);
			assertThat(cells[3]).matches("\\d+\\.\\d{2}");
			total = total.add(new BigDecimal(cells[3]));
		}
		Document stored = this.mongo.findById(runId, Document.class, "payout_runs").block();
		assertThat(total.movePointRight(2).longValueExact()).isEqualTo(stored.getLong("totalMinor"));
		assertThat(csv).contains("Beneficiary " + this.run + ",001122334455,SBIN0001234,1234.50,LADAKH CRAFTS PR-");

		String paidUri = "/api/v1/staff/treasury/payouts/" + runId + "/lines/" + seller + "/paid";
		api(SignedIn.accounts()).post()
			.uri(paidUri)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("utr", "SBIN1263" + "40001234"))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		page(SignedIn.accounts(), "/staff/treasury/payouts/" + runId + "/export", form(), 303);
		List<Integer> twice = Concurrently.run(2,
				() -> api(SignedIn.accounts()).post()
					.uri(paidUri)
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue(Map.of("utr", "SBIN126340001234"))
					.exchange()
					.returnResult(String.class)
					.getStatus()
					.value());
		assertThat(twice).containsOnly(200);
		Date paidAt = line(runId, seller).getDate("paidAt");
		api(SignedIn.accounts()).post()
			.uri(paidUri)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("utr", "SBIN126340001234"))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(line(runId, seller).getDate("paidAt")).isEqualTo(paidAt);
		api(SignedIn.accounts()).post()
			.uri(paidUri)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("utr", "HDFC999900001111"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("SBIN126340001234"));
		assertThat(line(runId, seller).getString("utr")).isEqualTo("SBIN126340001234");
		assertThat(page(SignedIn.accounts(), "/staff/treasury/payouts/" + runId + "?lang=hi", null, 200))
			.contains("भुगतान रन", "SBIN126340001234");
	}

	@Test
	void aCancelledRunReleasesItsLinesToTheNextRunAndFormsShowErrorsBesideTheirFields() {
		String seller = "art-cancel-" + this.run;
		lines().sale("stall:cancel-" + this.run, seller, 75_000, this.lastWeek);
		String first = prepare();
		assertThat(ledgerLine("stall:cancel-" + this.run).getString("claimedBy")).isEqualTo(first);
		page(SignedIn.accounts(), "/staff/treasury/payouts/" + first + "/cancel", form(), 303);
		assertThat(ledgerLine("stall:cancel-" + this.run)).doesNotContainKey("claimedBy");
		String second = prepare();
		assertThat(line(second, seller).getLong("amountMinor")).isEqualTo(75_000);
		assertThat(ledgerLine("stall:cancel-" + this.run).getString("claimedBy")).isEqualTo(second);
		assertThat(page(SignedIn.accounts(), "/staff/treasury/payouts", form("upTo", "2999-01-01"), 400))
			.contains("id=\"payout-upto-error\"", "today or earlier");
		assertThat(page(SignedIn.accounts(), "/staff/treasury/payouts/bank-accounts",
				form("registrationNumber", registered(seller), "beneficiary", "X", "accountNumber", "12", "ifsc",
						"SBIN0001234"),
				400))
			.contains("id=\"bank-account-error\"", "9 to 18 digits")
			.doesNotContain("id=\"bank-seller-error\"");
		page(SignedIn.seller(seller), "/staff/treasury/payouts/" + first, null, 403);
	}

	@Test
	void aRunPreparedAfterEarlierRunsReadsOnlyTheLinesNoRunHasClaimed() {
		String seller = "art-unclaimed-" + this.run;
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 40; i++) {
				lines().sale("stall:unclaimed-" + this.run + "-" + round + "-" + i, seller, 5_000,
						this.lastWeek.plusSeconds(round * 100L + i));
			}
			String earlier = prepare();
			assertThat(line(earlier, seller).getInteger("items")).isEqualTo(40);
		}
		// a run that died between claiming a line and marking it: its claim still holds
		Document died = lines().sale("stall:unclaimed-" + this.run + "-died", seller, 7_000, this.lastWeek);
		this.mongo
			.insert(new Document("_id", died.getString("_id")).append("runId", "PR-died-" + this.run)
				.append("sellerId", seller)
				.append("owedMinor", 7_000L)
				.append("currency", "INR"), "payout_items")
			.block();
		for (int i = 0; i < 5; i++) {
			lines().sale("stall:unclaimed-" + this.run + "-last-" + i, seller, 20_000, this.lastWeek.plusSeconds(i));
		}
		Date cutoff = Date.from(LocalDate.parse(this.today).plusDays(1).atStartOfDay(IndiaTime.ZONE).toInstant());
		long unmarked = this.mongo
			.count(Query.query(Criteria.where("payee").is("SELLER").and("claimedBy").is(null).and("at").lt(cutoff)),
					"revenue_ledger")
			.block();
		List<Document> sellers = this.mongo
			.find(Query.query(Criteria.where("sellerId").is(seller)), Document.class, "revenue_ledger")
			.collectList()
			.block();
		assertThat(sellers).hasSize(126);
		assertThat(sellers).filteredOn((line) -> line.getString("claimedBy") != null)
			.as("the three runs' lines are marked")
			.hasSize(120);

		List<QueryScans.Scan> reads = new CopyOnWriteArrayList<>();
		String next;
		try (QueryScans.Subscription subscription = QueryScans.subscribe(-1, reads::add)) {
			next = prepare();
		}
		QueryScans.Scan read = reads.stream()
			.filter((scan) -> scan.namespace().endsWith(".revenue_ledger") && scan.operation().equals("find")
					&& scan.shape().contains("claimedBy"))
			.findFirst()
			.orElseThrow();
		assertThat(read.index()).isEqualTo("payee_claimedBy_at_id");
		assertThat(read.examined()).as("only the lines no run has marked").isEqualTo(unmarked);
		Document paid = line(next, seller);
		assertThat(paid.getInteger("items")).as("the five new lines, not the one a dead run holds").isEqualTo(5);
		assertThat(paid.getLong("amountMinor")).isEqualTo(100_000);
		assertThat(this.mongo.findById(died.getString("_id"), Document.class, "payout_items").block())
			.containsEntry("runId", "PR-died-" + this.run);
	}

	@Test
	void aBankAccountIsKeptForTheSellerNamedByTheRegistrationNumberOnTheirCard() {
		String seller = "art-bank-" + this.run;
		String number = registered(seller);
		page(SignedIn.accounts(), "/staff/treasury/payouts/bank-accounts",
				form("registrationNumber", "  " + number.toLowerCase(java.util.Locale.ROOT) + " ", "beneficiary",
						"Tsering Dolma", "accountNumber", "0011 2233 4455", "ifsc", "sbin0001234"),
				303);
		PayeeBankAccount kept = this.banks.of(List.of(seller)).blockFirst();
		assertThat(kept).isEqualTo(new PayeeBankAccount(seller, "Tsering Dolma", "001122334455", "SBIN0001234"));

		String unknown = page(SignedIn.accounts(), "/staff/treasury/payouts/bank-accounts",
				form("registrationNumber", "KGL/HC/1901/0001", "beneficiary", "Tsering Dolma", "accountNumber",
						"001122334455", "ifsc", "SBIN0001234"),
				400);
		assertThat(unknown).contains("id=\"bank-seller-error\"",
				"No seller who is paid out holds this registration number", "KGL/HC/1901/0001");
		assertThat(page(SignedIn.accounts(), "/staff/treasury/payouts/bank-accounts?lang=hi", form("registrationNumber",
				"", "beneficiary", "Tsering Dolma", "accountNumber", "001122334455", "ifsc", "SBIN0001234"), 400))
			.contains("id=\"bank-seller-error\"", "पंजीकरण संख्या");
	}

	/** A seller's record with a registration number of its own; answers the number. */
	private String registered(String sellerId) {
		return RegisteredSellerFixtures.registered(this.mongo, sellerId, 19);
	}

	private String prepareIfAnyoneIsDue() {
		var result = api(SignedIn.accounts()).post()
			.uri("/api/v1/staff/treasury/payouts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("upTo", this.today))
			.exchange()
			.expectBody(Map.class)
			.returnResult();
		assertThat(result.getStatus().value()).isIn(201, 409);
		return (result.getStatus().value() == 201) ? result.getResponseBody().get("id").toString() : null;
	}

	private String prepare() {
		return api(SignedIn.accounts()).post()
			.uri("/api/v1/staff/treasury/payouts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("upTo", this.today))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString();
	}

	private Document line(String runId, String seller) {
		Document line = lineOrNull(runId, seller);
		assertThat(line).as("the seller's line in " + runId).isNotNull();
		return line;
	}

	private Document ledgerLine(String id) {
		return this.mongo.findById(id, Document.class, "revenue_ledger").block();
	}

	private Document lineOrNull(String runId, String seller) {
		return this.mongo.findById(runId + ":" + seller, Document.class, "payout_lines").block();
	}

	private void part(String id, String seller, Instant deliveredAt) {
		this.mongo
			.insert(new Document("_id", id).append("orderId", "ord-" + this.run)
				.append("orderNumber", "LC-2026-" + this.run)
				.append("buyerId", "buyer-" + this.run)
				.append("sellerId", seller)
				.append("status", "DELIVERED")
				.append("lines", List.of())
				.append("subtotalMinor", 60_000L)
				.append("shippingMinor", 0L)
				.append("currency", "INR")
				.append("deliveredAt", Date.from(deliveredAt))
				.append("createdAt", Date.from(this.lastWeek))
				.append("updatedAt", Date.from(deliveredAt)), "order_parts")
			.block();
	}

	private LedgerLines lines() {
		return new LedgerLines(this.mongo);
	}

	private WebTestClient api(MarketplaceUser user) {
		return this.http.mutateWith(SignedIn.as(user)).mutateWith(csrf());
	}

	private String page(MarketplaceUser user, String uri, MultiValueMap<String, String> form, int status) {
		WebTestClient client = api(user);
		WebTestClient.ResponseSpec response = (form == null) ? client.get().uri(uri).exchange()
				: client.post().uri(uri).body(BodyInserters.fromFormData(form)).exchange();
		return response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

}
