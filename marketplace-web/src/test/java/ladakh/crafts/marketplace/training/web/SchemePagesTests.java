package ladakh.crafts.marketplace.training.web;

import java.time.LocalDate;
import java.util.List;

import ladakh.crafts.marketplace.shared.Money;
import ladakh.crafts.marketplace.system.security.MarketplaceUser;
import ladakh.crafts.marketplace.testsupport.MockServerTest;
import ladakh.crafts.marketplace.testsupport.SignedIn;
import ladakh.crafts.marketplace.training.Schemes;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

@MockServerTest
class SchemePagesTests {

	private static final String SCHEME = "TEST_SCHEME_PAGES";

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	Schemes schemes;

	@BeforeEach
	void aSchemeAtItsPublishedRate() {
		this.mongo.remove(Query.query(Criteria.where("_id").is(SCHEME)), "training_schemes").block();
		this.mongo
			.insert(new Document("_id", SCHEME)
				.append("name", new Document("en", "Border block elementary centres").append("hi", "सीमावर्ती केंद्र"))
				.append("department", "HANDICRAFT")
				.append("centreKind", "ELEMENTARY")
				.append("courseMonths", 12)
				.append("intakeMin", 10)
				.append("intakeMax", 10)
				.append("rates",
						List.of(new Document("effectiveFrom", "2010-04-01").append("monthlyMinor", 25_000L)
							.append("reason", "As published")))
				.append("subsidyPercent", 75)
				.append("provided", List.of("RAW_MATERIALS", "TOOLS"))
				.append("kit", List.of("TOOLS", "EQUIPMENT", "LOOM"))
				.append("version", 0L), "training_schemes")
			.block();
	}

	@Test
	void anOfficerSetsANewRateFromADayOnAndTheOldRateIsKept() {
		LocalDate from = this.schemes.today().plusMonths(1);
		post(SignedIn.officer(), "400", from.toString(), "Order 7 of 2026", "0").expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.location("/staff/training/schemes/" + SCHEME + "?done=rateChanged");

		assertThat(this.schemes.rateOn(SCHEME, from.minusDays(1)).block()).isEqualTo(Money.rupees(250));
		assertThat(this.schemes.rateOn(SCHEME, from).block()).isEqualTo(Money.rupees(400));
		assertThat(this.mongo.count(Query.query(Criteria.where("subjectId").is(SCHEME)), "audit_events").block())
			.isEqualTo(1);
		String page = page(SignedIn.officer(), "/staff/training/schemes/" + SCHEME + "?done=rateChanged&lang=en");
		assertThat(page).contains("₹250", "₹400", "Order 7 of 2026", "As published", "Elementary training centre",
				"Loom");
		String hindi = page(SignedIn.instructor(), "/staff/training/schemes/" + SCHEME + "?lang=hi");
		assertThat(hindi).contains("वज़ीफ़े की दरें", "करघा").doesNotContain("name=\"rate\"");
	}

	@Test
	void aChangeFromAStaleVersionOrForADayPastIsRefusedAndNothingIsStored() {
		LocalDate from = this.schemes.today().plusMonths(1);
		String stale = post(SignedIn.officer(), "400", from.toString(), "Order", "7").expectStatus()
			.isEqualTo(409)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(stale).contains("Another officer changed this scheme");
		post(SignedIn.officer(), "400", this.schemes.today().minusDays(1).toString(), "Back-dated", "0").expectStatus()
			.isBadRequest();
		post(SignedIn.officer(), "nothing", from.toString(), "Order", "0").expectStatus().isBadRequest();

		assertThat(this.schemes.find(SCHEME).block().rates()).hasSize(1);
	}

	@Test
	void onlyOfficersAndAdminsChangeARateAndStaffReadTheSchemes() {
		for (MarketplaceUser reader : new MarketplaceUser[] { SignedIn.officer(), SignedIn.admin(),
				SignedIn.instructor() }) {
			assertThat(page(reader, "/staff/training/schemes?lang=en")).contains("Border block elementary centres");
		}
		for (MarketplaceUser refused : new MarketplaceUser[] { SignedIn.accounts(), SignedIn.buyer(),
				SignedIn.seller("tc-0001") }) {
			this.http.mutateWith(SignedIn.as(refused))
				.get()
				.uri("/staff/training/schemes/" + SCHEME)
				.exchange()
				.expectStatus()
				.isForbidden();
		}
		post(SignedIn.instructor(), "400", this.schemes.today().plusMonths(1).toString(), "Order", "0").expectStatus()
			.isForbidden();
		this.http.get().uri("/staff/training/schemes/NO_SUCH").exchange().expectStatus().isFound();
		this.http.mutateWith(SignedIn.as(SignedIn.officer()))
			.get()
			.uri("/staff/training/schemes/NO_SUCH")
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(this.schemes.find(SCHEME).block().rates()).hasSize(1);
	}

	private String page(MarketplaceUser user, String uri) {
		return this.http.mutateWith(SignedIn.as(user))
			.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private WebTestClient.ResponseSpec post(MarketplaceUser user, String rate, String from, String reason,
			String version) {
		return this.http.mutateWith(SignedIn.as(user))
			.mutateWith(csrf())
			.post()
			.uri("/staff/training/schemes/" + SCHEME + "/rates")
			.accept(MediaType.TEXT_HTML)
			.body(BodyInserters.fromFormData("rate", rate)
				.with("effectiveFrom", from)
				.with("reason", reason)
				.with("version", version))
			.exchange();
	}

}
