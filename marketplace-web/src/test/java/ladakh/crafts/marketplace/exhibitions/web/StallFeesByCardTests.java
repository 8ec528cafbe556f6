package ladakh.crafts.marketplace.exhibitions.web;

import java.util.List;
import java.util.UUID;

import ladakh.crafts.marketplace.exhibitions.StallDraws;
import ladakh.crafts.marketplace.exhibitions.StallFees;
import ladakh.crafts.marketplace.payments.stripe.FakeStripe;
import ladakh.crafts.marketplace.payments.stripe.SignedWebhooks;
import ladakh.crafts.marketplace.testsupport.HtmlForms;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stall fees paid by card through the payments port's Stripe adapter, against the local
 * fake Stripe server (docs/decisions/0065): the seller's page opens the hosted payment
 * for their own offered stall; the signed webhook confirms it exactly once however often
 * it is delivered; a card payment racing the fee day's expiry ends in exactly one
 * consistent state, and a payment that lost is given back through Stripe.
 */
@MockServerTest
@TestPropertySource(properties = { "marketplace.payments.stripe.secret-key=sk_test_fake_for_tests",
		"marketplace.payments.stripe.webhook-secret=" + StallFeesByCardTests.WEBHOOK_SECRET,
		"marketplace.public-url=http://shop.test" })
class StallFeesByCardTests {

	static final String WEBHOOK_SECRET = "whsec_stall_fees_secret_for_tests";

	private static final FakeStripe stripe = FakeStripe.start();

	@DynamicPropertySource
	static void stripeApi(DynamicPropertyRegistry registry) {
		registry.add("marketplace.payments.stripe.api-base", stripe::url);
	}

	@AfterAll
	static void stopStripe() {
		stripe.close();
	}

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	StallDraws draws;

	@Autowired
	StallFees fees;

	@Test
	void aSellerPaysTheFeeByCardAndTheWebhookConfirmsTheStallOnce() {
		DrawnFair fair = new DrawnFair(this.mongo, this.draws, 1, 0);
		String holder = fair.holderOf("A-1");
		String paymentId = "stallfee:" + fair.id + ":A-1:" + holder;

		String page = new HtmlForms(this.http).page(SignedIn.seller(holder), "/seller/exhibitions", 200);
		assertThat(page).contains("Pay ₹1,500 by card");
		String redirect = pay(holder, fair.id, "A-1").expectStatus()
			.isSeeOther()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
		String session = stripe.createdUnder("checkout:" + paymentId + ":1");
		assertThat(redirect).isEqualTo(FakeStripe.sessionUrl(session));
		FakeStripe.Received created = stripe.requests("/v1/checkout/sessions")
			.stream()
			.filter((request) -> ("checkout:" + paymentId + ":1").equals(request.idempotencyKey()))
			.findFirst()
			.orElseThrow();
		assertThat(created.form()).containsEntry("success_url", "http://shop.test/seller/exhibitions?fee=card")
			.containsEntry("client_reference_id", paymentId)
			.containsEntry("line_items[0][price_data][unit_amount]", "150000");
		// Another seller cannot pay (or see) this stall's fee.
		pay(fair.sellers.stream().filter((s) -> !s.equals(holder)).findFirst().orElse("art-nobody-" + fair.run),
				fair.id, "A-1")
			.expectStatus()
			.isNotFound();

		String pi = "pi_fee_" + fair.run;
		webhook(SignedWebhooks.sessionCompleted("evt_" + UUID.randomUUID(), paymentId, session, 150_000, "inr", pi))
			.expectStatus()
			.isOk();
		Document stall = fair.document("A-1");
		assertThat(stall.getString("status")).isEqualTo("CONFIRMED");
		assertThat(stall.get("payment", Document.class).getString("reference")).isEqualTo(pi);
		assertThat(stall.get("payment", Document.class).getString("method")).isEqualTo("CARD");
		long version = stall.get("version", Number.class).longValue();

		// Stripe tells of the same payment again (its PaymentIntent event): counted once.
		webhook(SignedWebhooks.paymentIntentSucceeded("evt_" + UUID.randomUUID(), paymentId, pi, 150_000, "inr"))
			.expectStatus()
			.isOk();
		assertThat(fair.document("A-1").get("version", Number.class).longValue()).isEqualTo(version);
		assertThat(fair.audit("STALL_FEE_PAID_BY_CARD")).hasSize(1);
		assertThat(stripe.refundsOf(pi)).isEmpty();
		assertThat(new HtmlForms(this.http).page(SignedIn.seller(holder), "/seller/exhibitions?fee=card", 200))
			.contains("Your stall is confirmed as soon as the card payment reaches us")
			.doesNotContain("Pay ₹1,500 by card");
	}

	// stallfix: back from the card page, the seller sees the stall's state as it is
	// now, and the page looks again by itself only a bounded number of times.
	@Test
	void backFromTheCardPageTheSellerSeesTheStallWaitingThenConfirmedAndTheLooksAreBounded() {
		DrawnFair fair = new DrawnFair(this.mongo, this.draws, 1, 0);
		String holder = fair.holderOf("A-1");
		String paymentId = "stallfee:" + fair.id + ":A-1:" + holder;
		pay(holder, fair.id, "A-1").expectStatus().isSeeOther();
		String session = stripe.createdUnder("checkout:" + paymentId + ":1");

		EntityExchangeResult<String> waiting = back(holder, "/seller/exhibitions?fee=card");
		assertThat(waiting.getResponseBody()).contains("Stall A-1 at Fee Fair " + fair.run + " is still waiting")
			.contains("id=\"card-check\"")
			.contains("looks again by itself in 10 seconds");
		assertThat(waiting.getResponseHeaders().getFirst("Refresh"))
			.isEqualTo("10; url=/seller/exhibitions?fee=card&check=2");
		// The last look asks for no more; the link stays for the seller to use.
		EntityExchangeResult<String> last = back(holder, "/seller/exhibitions?fee=card&check=5");
		assertThat(last.getResponseHeaders().getFirst("Refresh")).isNull();
		assertThat(last.getResponseBody()).contains("id=\"card-check\"").doesNotContain("looks again by itself");
		// A made-up count is kept within the bound.
		assertThat(back(holder, "/seller/exhibitions?fee=card&check=99").getResponseHeaders().getFirst("Refresh"))
			.isNull();

		webhook(SignedWebhooks.sessionCompleted("evt_" + UUID.randomUUID(), paymentId, session, 150_000, "inr",
				"pi_back_" + fair.run))
			.expectStatus()
			.isOk();
		EntityExchangeResult<String> confirmed = back(holder, "/seller/exhibitions?fee=card&check=2");
		assertThat(confirmed.getResponseBody())
			.contains("Stall A-1 at Fee Fair " + fair.run + " is confirmed: your card payment reached us.")
			.doesNotContain("id=\"card-check\"");
		assertThat(confirmed.getResponseHeaders().getFirst("Refresh")).isNull();
		// Without the card return, the page shows none of it.
		assertThat(new HtmlForms(this.http).page(SignedIn.seller(holder), "/seller/exhibitions", 200))
			.doesNotContain("id=\"card-stalls\"");
	}

	private EntityExchangeResult<String> back(String seller, String path) {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(seller)))
			.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
	}

	@Test
	void aCardPaymentForAnOfferThatExpiredIsGivenBackAndTheStallStaysWithoutItsHolder() {
		DrawnFair fair = new DrawnFair(this.mongo, this.draws, 1, 0);
		String holder = fair.holderOf("A-1");
		fair.dueYesterday("A-1");
		assertThat(this.fees.expire(fair.id, "A-1").block()).isTrue();

		String pi = "pi_late_" + fair.run;
		webhook(SignedWebhooks.paymentIntentSucceeded("evt_" + UUID.randomUUID(),
				"stallfee:" + fair.id + ":A-1:" + holder, pi, 150_000, "inr"))
			.expectStatus()
			.isOk();

		assertThat(fair.document("A-1").getString("status")).isEqualTo("EXPIRED");
		assertThat(stripe.refundsOf(pi)).hasSize(1);
		assertThat(fair.audit("STALL_FEE_REFUNDED")).hasSize(1);
	}

	@Test
	void aCardPaymentRacingTheExpiryEndsInExactlyOneConsistentState() {
		for (int round = 0; round < 6; round++) {
			DrawnFair fair = new DrawnFair(this.mongo, this.draws, 1, 0);
			String holder = fair.holderOf("A-1");
			// Paid on the fee day (the hosted page closed at its end); the webhook and
			// the next morning's sweep arrive together.
			fair.dueYesterday("A-1");
			String pi = "pi_race_" + fair.run;
			String payload = SignedWebhooks.paymentIntentSucceeded("evt_" + UUID.randomUUID(),
					"stallfee:" + fair.id + ":A-1:" + holder, pi, 150_000, "inr");

			Mono.zip(
					Mono.fromCallable(() -> webhook(payload).expectStatus().isOk())
						.subscribeOn(Schedulers.boundedElastic()),
					this.fees.expire(fair.id, "A-1").subscribeOn(Schedulers.boundedElastic()))
				.block();

			Document stall = fair.document("A-1");
			if ("CONFIRMED".equals(stall.getString("status"))) {
				assertThat(stall.getString("sellerId")).isEqualTo(holder);
				assertThat(stall.get("payment", Document.class).getString("reference")).isEqualTo(pi);
				assertThat(stripe.refundsOf(pi)).isEmpty();
				assertThat(fair.audit("STALL_FEE_EXPIRED")).isEmpty();
			}
			else {
				assertThat(stall.getString("status")).isEqualTo("EXPIRED");
				assertThat(stall.getString("sellerId")).isNull();
				assertThat(stripe.refundsOf(pi)).hasSize(1);
				assertThat(fair.audit("STALL_FEE_EXPIRED")).hasSize(1);
			}
		}
	}

	private WebTestClient.ResponseSpec pay(String seller, String exhibitionId, String stall) {
		return this.http.mutateWith(SignedIn.as(SignedIn.seller(seller)))
			.mutateWith(org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf())
			.post()
			.uri("/seller/exhibitions/" + exhibitionId + "/stalls/" + stall + "/pay")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue(new LinkedMultiValueMap<String, String>())
			.exchange();
	}

	private WebTestClient.ResponseSpec webhook(String payload) {
		return this.http.post()
			.uri("/webhooks/stripe")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Stripe-Signature", SignedWebhooks.signature(payload, WEBHOOK_SECRET, SignedWebhooks.now()))
			.bodyValue(payload)
			.exchange();
	}

}
