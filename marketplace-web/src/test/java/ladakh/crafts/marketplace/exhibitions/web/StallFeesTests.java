package ladakh.crafts.marketplace.exhibitions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ladakh.crafts.marketplace.exhibitions.AllocationResult;
import ladakh.crafts.marketplace.exhibitions.StallDraws;
import ladakh.crafts.marketplace.exhibitions.StallFees;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.testsupport.HtmlForms;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stall fees after a real draw on the in-process MongoDB: the seller sees the fee, its
 * day and how to pay; accounts record a payment and the stall is confirmed; an offer
 * unpaid after its day expires and passes to the next waiting seller whose size fits,
 * with a notice to both; a late payment is refused and audited; a payment racing the
 * expiry ends in exactly one state; a seller gives up only their own stall.
 */
@MockServerTest
class StallFeesTests {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	StallDraws draws;

	@Autowired
	StallFees fees;

	@Test
	void theSellerSeesTheFeeAndAccountsRecordThePaymentConfirmingTheStall() {
		DrawnFair fair = new DrawnFair(this.mongo, this.draws, 2, 1);
		String holder = fair.holderOf("A-1");
		assertThat(fair.document("A-1").getString("status")).isEqualTo("OFFERED");
		assertThat(fair.mail("stall-offered", "A-1", 0, holder)).isNotNull();

		String mine = forms().page(SignedIn.seller(holder), "/seller/exhibitions", 200);
		assertThat(mine).contains("Stall A-1", "Pay the fee of ₹1,500", "Quote STALL " + fair.id + ":A-1",
				"Bank transfer (NEFT or IMPS)");
		assertThat(forms().page(SignedIn.seller(holder), "/seller/exhibitions?lang=hi", 200)).contains("मेरे स्टॉल");

		String staffPage = "/staff/exhibitions/" + fair.id + "/allocations";
		String feePath = staffPage + "/A-1/fee";
		assertThat(forms().post(SignedIn.accounts(), feePath, fee(holder, "x", fair.today), 400))
			.contains("Give the bank UTR or the receipt number");
		forms().post(SignedIn.accounts(), feePath, fee(holder, "UTR-4401-2026", fair.today), 303);
		Document confirmed = fair.document("A-1");
		assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
		assertThat(confirmed.get("payment", Document.class).getString("reference")).isEqualTo("UTR-4401-2026");
		assertThat(fair.mail("stall-confirmed", "A-1", 1, holder)).isNotNull();
		assertThat(forms().post(SignedIn.accounts(), feePath, fee(holder, "UTR-4401-2027", fair.today), 409))
			.contains("is recorded already");
		assertThat(forms().page(SignedIn.accounts(), staffPage, 200)).contains("Confirmed, fee paid",
				"Stall fee recorded", "UTR-4401-2026", "Stalls drawn");
		assertThat(forms().page(SignedIn.officer(), staffPage + "?lang=hi", 200)).contains("स्टॉल और शुल्क");
	}

	@Test
	void anUnpaidOfferExpiresAndPassesToTheFirstWaitingSellerWhoseSizeFits() {
		DrawnFair fair = new DrawnFair(this.mongo, this.draws, 1, 2);
		List<AllocationResult.WaitlistEntry> waitlist = fair.record.result().waitlist();
		String first = waitlist.get(0).sellerId();
		String second = waitlist.get(1).sellerId();
		// The first waiting seller needs a bigger stall than A-1.
		this.mongo.getCollection("stall_waitlist")
			.flatMap((c) -> Mono.from(c.updateOne(new Document("_id", fair.id + ":" + first),
					new Document("$set", new Document("widthDm", 40)))))
			.block();
		String holder = fair.holderOf("A-1");
		fair.dueYesterday("A-1");

		assertThat(this.fees.sweep().block()).isPositive();

		Document passed = fair.document("A-1");
		assertThat(passed.getString("status")).isEqualTo("OFFERED");
		assertThat(passed.getString("sellerId")).isEqualTo(second);
		assertThat(passed.getString("lastSellerId")).isEqualTo(holder);
		assertThat(passed.getString("dueOn")).isEqualTo(fair.today.plusDays(3).toString());
		assertThat(fair.mail("stall-lost", "A-1", 1, holder).getString("body")).contains("next seller",
				"प्रतीक्षा सूची");
		assertThat(fair.mail("stall-offered", "A-1", 2, second)).isNotNull();

		// The first holder's payment, made on the due day but recorded after the expiry.
		String refused = forms().post(SignedIn.accounts(), "/staff/exhibitions/" + fair.id + "/allocations/A-1/fee",
				fee(holder, "UTR-LATE-0001", fair.today.minusDays(1)), 409);
		assertThat(refused).contains("The offer of stall A-1 to this seller has ended");
		assertThat(fair.document("A-1").get("payment")).isNull();
		assertThat(fair.audit("STALL_FEE_REFUSED")).singleElement()
			.satisfies((event) -> assertThat(event.getString("reason")).isEqualTo("UTR-LATE-0001"));
		assertThat(fair.audit("STALL_FEE_EXPIRED")).hasSize(1);
	}

	@Test
	void aPaymentRacingTheExpiryEndsInExactlyOneStateEveryTime() {
		int stalls = 12;
		DrawnFair fair = new DrawnFair(this.mongo, this.draws, stalls, 4);
		List<Mono<String>> attempts = new ArrayList<>();
		List<String> holders = new ArrayList<>();
		for (int i = 1; i <= stalls; i++) {
			String stall = "A-" + i;
			holders.add(fair.holderOf(stall));
			fair.dueYesterday(stall);
			for (int attempt = 0; attempt < 3; attempt++) {
				String reference = "UTR-" + i + "-" + attempt;
				attempts.add(this.fees
					.recordPayment(SignedIn.accounts(), fair.id, stall, holders.get(i - 1), reference,
							fair.today.minusDays(1))
					.map((paid) -> stall + " paid " + reference)
					.onErrorResume(Refusal.class, (ex) -> Mono.just(stall + " refused " + ex.messageKey()))
					.subscribeOn(Schedulers.parallel()));
				attempts.add(this.fees.expire(fair.id, stall)
					.map((expired) -> stall + (expired ? " expired" : " not expired"))
					.subscribeOn(Schedulers.parallel()));
			}
		}
		List<String> outcomes = Flux.merge(attempts).collectList().block();

		List<String> offeredFromWaitlist = new ArrayList<>();
		for (int i = 1; i <= stalls; i++) {
			String stall = "A-" + i;
			List<String> mine = outcomes.stream().filter((o) -> o.startsWith(stall + " ")).toList();
			long paid = mine.stream().filter((o) -> o.contains(" paid ")).count();
			long expired = mine.stream().filter((o) -> o.equals(stall + " expired")).count();
			assertThat(paid + expired).as("%s: %s", stall, mine).isEqualTo(1);
			Document stored = fair.document(stall);
			if (paid == 1) {
				assertThat(stored.getString("status")).isEqualTo("CONFIRMED");
				assertThat(stored.getString("sellerId")).isEqualTo(holders.get(i - 1));
				assertThat(mine).filteredOn((o) -> o.contains(" paid "))
					.singleElement()
					.asString()
					.endsWith(stored.get("payment", Document.class).getString("reference"));
			}
			else {
				assertThat(stored.get("payment")).isNull();
				assertThat(stored.getString("lastSellerId")).isEqualTo(holders.get(i - 1));
				assertThat(mine).filteredOn((o) -> o.contains(" refused ")).hasSize(3);
				if (stored.getString("sellerId") != null) {
					assertThat(stored.getString("status")).isEqualTo("OFFERED");
					offeredFromWaitlist.add(stored.getString("sellerId"));
				}
				else {
					assertThat(stored.getString("status")).isEqualTo("EXPIRED");
				}
			}
		}
		// No waiting seller is offered two stalls, and nobody holding one gets another.
		assertThat(offeredFromWaitlist).doesNotHaveDuplicates().doesNotContainAnyElementsOf(holders);
	}

	@Test
	void aSellerGivesUpOnlyTheirOwnStallAndItPassesOn() {
		DrawnFair fair = new DrawnFair(this.mongo, this.draws, 1, 1);
		String holder = fair.holderOf("A-1");
		String waiting = fair.record.result().waitlist().get(0).sellerId();
		String path = "/seller/exhibitions/" + fair.id + "/stalls/A-1/give-up";
		forms().post(SignedIn.seller(waiting), path, new LinkedMultiValueMap<>(), 404);
		assertThat(fair.holderOf("A-1")).isEqualTo(holder);

		forms().post(SignedIn.seller(holder), path, new LinkedMultiValueMap<>(), 303);
		assertThat(fair.holderOf("A-1")).isEqualTo(waiting);
		assertThat(fair.mail("stall-lost", "A-1", 1, holder)).isNotNull();
		assertThat(forms().page(SignedIn.seller(waiting), "/seller/exhibitions", 200)).contains("Stall A-1",
				"Pay the fee of ₹1,500");
		forms().post(SignedIn.seller(holder), path, new LinkedMultiValueMap<>(), 404);
	}

	private static MultiValueMap<String, String> fee(String sellerId, String reference, LocalDate paidOn) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("sellerId", sellerId);
		form.add("reference", reference);
		form.add("paidOn", paidOn.toString());
		return form;
	}

	private HtmlForms forms() {
		return new HtmlForms(this.http);
	}

}
