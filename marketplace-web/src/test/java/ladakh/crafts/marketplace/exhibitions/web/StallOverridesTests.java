package ladakh.crafts.marketplace.exhibitions.web;

import java.util.List;

import ladakh.crafts.marketplace.exhibitions.StallDraws;
import ladakh.crafts.marketplace.exhibitions.StallOverrides;
import ladakh.crafts.marketplace.shared.Refusal;
import ladakh.crafts.marketplace.testsupport.HtmlForms;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers' changes by hand after a real draw: each needs a reason (refused beside the
 * field otherwise), lands in the exhibition's log with it, and of two officers giving the
 * same stall at once exactly one wins, whether the stall was never written or was taken
 * back.
 */
@MockServerTest
class StallOverridesTests {

	private static final String REASON = "Seller's registration found to be a trader's, per inquiry 12/2026";

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	StallDraws draws;

	@Autowired
	StallOverrides overrides;

	@Test
	void aChangeByHandNeedsAReasonAndLandsInTheLog() {
		DrawnFair fair = new DrawnFair(this.mongo, this.draws, 2, 0);
		String outsider = fair.outsider("weaver");
		String base = "/staff/exhibitions/" + fair.id + "/allocations/";
		String refused = forms().post(SignedIn.officer(), base + "D-1/allocate", form("sellerId", outsider), 400);
		assertThat(refused).contains("Give the reason for the change", "id=\"allocate-reason-D-1-error\"");
		assertThat(fair.document("D-1")).isNull();
		forms().post(SignedIn.accounts(), base + "D-1/allocate", form("sellerId", outsider, "reason", REASON), 403);

		forms().post(SignedIn.officer(), base + "D-1/allocate", form("sellerId", outsider, "reason", REASON), 303);
		assertThat(fair.holderOf("D-1")).isEqualTo(outsider);
		assertThat(forms().post(SignedIn.officer(), base + "D-2/allocate", form("sellerId", outsider, "reason", REASON),
				409))
			.contains("holds stall D-1 at this exhibition already");

		String holder = fair.holderOf("A-1");
		assertThat(forms().post(SignedIn.officer(), base + "A-1/move", form("to", "D-1", "reason", REASON), 409))
			.contains("Stall D-1 has a holder already");
		forms().post(SignedIn.officer(), base + "A-1/move", form("to", "Z-9", "reason", REASON), 400);
		forms().post(SignedIn.officer(), base + "D-1/move", form("to", "A-1", "reason", REASON), 409);
		forms().post(SignedIn.officer(), base + "A-1/take-back", form("reason", REASON), 303);
		assertThat(fair.document("A-1").getString("status")).isEqualTo("FREED");
		forms().post(SignedIn.officer(), base + "D-1/move", form("to", "A-1", "reason", REASON), 303);
		assertThat(fair.holderOf("A-1")).isEqualTo(outsider);
		assertThat(fair.document("D-1").getString("sellerId")).isNull();
		assertThat(fair.mail("stall-lost", "A-1", 1, holder)).isNotNull();

		assertThat(fair.audit("STALL_ALLOCATED")).singleElement()
			.satisfies((event) -> assertThat(event.getString("reason")).isEqualTo(REASON));
		assertThat(fair.audit("STALL_TAKEN_BACK")).hasSize(1);
		assertThat(fair.audit("STALL_MOVED")).hasSize(1);
		String page = forms().page(SignedIn.officer(), "/staff/exhibitions/" + fair.id + "/allocations", 200);
		assertThat(page).contains("Stall given by hand", "Stall taken back by hand", "Stall holder moved by hand",
				"Reason: Seller&#39;s registration");
	}

	@Test
	void twoOfficersGivingTheSameStallAtOnceExactlyOneWins() {
		DrawnFair fair = new DrawnFair(this.mongo, this.draws, 1, 0);
		for (int round = 0; round < 6; round++) {
			String a = fair.outsider("a" + round);
			String b = fair.outsider("b" + round);
			List<String> outcomes = Mono
				.zip(outcome(this.overrides.allocate(SignedIn.officer(), fair.id, "D-1", a, REASON)),
						outcome(this.overrides.allocate(SignedIn.admin(), fair.id, "D-1", b, REASON)))
				.map((both) -> List.of(both.getT1(), both.getT2()))
				.block();
			assertThat(outcomes).as("round %d", round).filteredOn("given"::equals).hasSize(1);
			assertThat(outcomes).filteredOn((o) -> o.startsWith("exhibitions.")).hasSize(1);
			String winner = outcomes.get(0).equals("given") ? a : b;
			assertThat(fair.holderOf("D-1")).isEqualTo(winner);
			// The stall is taken back so that the next round races on a stored stall.
			this.overrides.takeBack(SignedIn.officer(), fair.id, "D-1", REASON).block();
			assertThat(fair.document("D-1").getString("sellerId")).isNull();
		}
		assertThat(fair.audit("STALL_ALLOCATED")).hasSize(6);
	}

	private static Mono<String> outcome(Mono<?> move) {
		return move.map((done) -> "given")
			.onErrorResume(Refusal.class, (ex) -> Mono.just(ex.messageKey()))
			.subscribeOn(Schedulers.parallel());
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	private HtmlForms forms() {
		return new HtmlForms(this.http);
	}

}
