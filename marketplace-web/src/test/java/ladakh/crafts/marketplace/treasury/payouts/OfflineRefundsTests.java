package ladakh.crafts.marketplace.treasury.payouts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import ladakh.crafts.marketplace.orders.FulfilmentFixtures;
import ladakh.crafts.marketplace.shared.IndiaTime;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.Concurrently;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The offline refunds queue (issue 16): ACCOUNTS see the refunds owed offline, record how
 * each was paid back once (the same record twice is stored once, another one refused),
 * and the buyer sees it on their order page.
 */
@MockServerTest
class OfflineRefundsTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void aRefundOwedOfflineIsPaidBackOnceAndTheBuyerSeesIt() {
		Document order = new FulfilmentFixtures(this.mongo).order(SignedIn.buyer().id(), null, "PAID", "CANCELLED",
				new FulfilmentFixtures.Item("art-refund-" + this.run, "lst-refund-" + this.run, 1, 120_000L));
		String part = FulfilmentFixtures.partIds(order).get(0);
		this.mongo
			.updateFirst(Query.query(Criteria.where("_id").is(part)),
					new Update().set("refund", new Document("status", "TO_PAY_OFFLINE")), "order_parts")
			.block();
		String number = order.getString("number");
		assertThat(page(SignedIn.accounts(), "/staff/treasury/refunds", null, 200)).contains(number);

		String today = IndiaTime.dayOf(java.time.Instant.now()).toString();
		assertThat(page(SignedIn.accounts(), "/staff/treasury/refunds/" + part,
				form("mode", "PIGEON", "reference", "", "paidOn", "2999-01-01"), 400))
			.contains("-mode-error", "-reference-error", "-paidon-error", "Choose how it was paid back");
		List<Integer> twice = Concurrently.run(2, () -> status(SignedIn.accounts(), "/staff/treasury/refunds/" + part,
				form("mode", "UPI", "reference", "UPI" + this.run, "paidOn", today)));
		assertThat(twice).containsOnly(303);
		assertThat(this.mongo.count(Query.query(Criteria.where("_id").is(part)), "offline_refunds").block())
			.isEqualTo(1);
		assertThat(page(SignedIn.accounts(), "/staff/treasury/refunds/" + part,
				form("mode", "CASH", "reference", "R-1", "paidOn", today), 409))
			.contains("UPI" + this.run);
		assertThat(page(SignedIn.accounts(), "/staff/treasury/refunds", null, 200)).doesNotContain(number);
		page(SignedIn.buyer(), "/staff/treasury/refunds", null, 403);

		String buyerPage = page(SignedIn.buyer(), "/orders/" + order.getString("_id"), null, 200);
		assertThat(buyerPage).contains("by UPI, reference UPI" + this.run,
				IndiaTime.day(LocalDate.parse(today)).in(java.util.Locale.ENGLISH));
	}

	private int status(MarketplaceUser user, String uri, MultiValueMap<String, String> form) {
		return client(user).post()
			.uri(uri)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private String page(MarketplaceUser user, String uri, MultiValueMap<String, String> form, int status) {
		WebTestClient.ResponseSpec response = (form == null) ? client(user).get().uri(uri).exchange()
				: client(user).post().uri(uri).body(BodyInserters.fromFormData(form)).exchange();
		return response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
	}

	private WebTestClient client(MarketplaceUser user) {
		return this.http.mutateWith(SignedIn.as(user)).mutateWith(csrf());
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

}
